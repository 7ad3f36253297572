package org.incidentatlas.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.incidentatlas.article.ArticleFormatException;
import org.incidentatlas.article.ArticleReader;
import org.incidentatlas.io.InputFiles;
import org.incidentatlas.io.Printable;
import org.incidentatlas.model.Article;

/**
 * The job's reports, in any of three forms: a folder of report files as {@code extract} reads them
 * ({@code .txt}, a header between {@code ---} lines, then the body), JSON Lines (one report per line
 * with {@code id, outlet, published, title, url, body} and optionally {@code dateline}), or a Parquet
 * table with those columns. Every form goes through {@link ArticleReader}'s checks; a report that
 * fails them, or has no publication date, is refused with its reason and the others go on.
 */
final class ReportInput {

    /** How the reports are stored. */
    enum Format {
        FILES, JSON_LINES, PARQUET;

        static Format parse(String name) {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "files", "txt" -> FILES;
                case "jsonl", "json", "ndjson" -> JSON_LINES;
                case "parquet" -> PARQUET;
                default -> throw new IllegalArgumentException("\"" + Printable.strip(name)
                        + "\" is not a report format (files, jsonl or parquet)");
            };
        }
    }

    /** The columns of a report record; {@code id}, {@code published} and {@code body} must be there. */
    static final List<String> COLUMNS = List.of("id", "title", "outlet", "published", "dateline", "url", "body");
    private static final Set<String> REQUIRED = Set.of("id", "published", "body");
    private static final String CORRUPT = "_corrupt_record";
    private static final String FILE = "_file";

    /** An input the job cannot start on: missing, empty, or a table without the report columns. */
    static final class InputProblem extends Exception {
        private static final long serialVersionUID = 1L;

        InputProblem(String message) {
            super(message);
        }
    }

    /**
     * The reports to extract, and what was refused.
     *
     * @param ids      every record's id, refused or not (to find ids given twice without reading the bodies)
     * @param refused  how many reports were refused (known once an action has run)
     * @param reasons  why, one line per refused report
     */
    record Reports(JavaRDD<Article> articles, JavaRDD<String> ids, LongAccumulator refused,
                   CollectionAccumulator<String> reasons) {
    }

    private ReportInput() {
    }

    /** Finds what {@code in} holds: a {@code .jsonl}/{@code .parquet} name, else a folder's files decide. */
    static Format detect(SparkSession spark, String in) throws InputProblem {
        String name = in.replaceAll("/+$", "").toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
            return Format.JSON_LINES;
        }
        if (name.endsWith(".parquet")) {
            return Format.PARQUET;
        }
        List<String> names = Arrays.stream(list(spark, in)).map(s -> s.getPath().getName().toLowerCase(Locale.ROOT)).toList();
        if (names.stream().anyMatch(n -> n.endsWith(".parquet"))) {
            return Format.PARQUET;
        }
        if (names.stream().noneMatch(n -> n.endsWith(".txt"))
                && names.stream().anyMatch(n -> n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json"))) {
            return Format.JSON_LINES;
        }
        return Format.FILES;
    }

    static Reports read(SparkSession spark, String in, Format format, int partitions) throws InputProblem {
        list(spark, in); // a missing input is said before Spark would fail on it
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        LongAccumulator refused = sc.sc().longAccumulator("reports refused");
        CollectionAccumulator<String> reasons = sc.sc().collectionAccumulator("why reports were refused");
        return switch (format) {
            case FILES -> files(sc, in, partitions, refused, reasons);
            case JSON_LINES -> records(records(spark.read().schema(jsonSchema())
                    .option("mode", "PERMISSIVE").option("columnNameOfCorruptRecord", CORRUPT).json(in), in, true),
                    refused, reasons);
            case PARQUET -> records(records(spark.read().parquet(in), in, false), refused, reasons);
        };
    }

    /** The files or folder entries {@code in} names (a glob is allowed); none is an error. */
    private static FileStatus[] list(SparkSession spark, String in) throws InputProblem {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        try {
            Path path = new Path(in);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus[] matched = fs.globStatus(path);
            if (matched == null || matched.length == 0) {
                throw new InputProblem(Printable.strip(in) + ": does not exist");
            }
            if (matched.length == 1 && matched[0].isDirectory()) {
                FileStatus[] entries = fs.listStatus(matched[0].getPath());
                if (entries.length == 0) {
                    throw new InputProblem(Printable.strip(in) + ": the folder is empty");
                }
                return entries;
            }
            return matched;
        } catch (IOException | IllegalArgumentException e) {
            throw new InputProblem(Printable.strip(in) + ": cannot be listed (" + Printable.strip(String.valueOf(e.getMessage())) + ")");
        }
    }

    /**
     * Report files: read with {@link ArticleReader} as {@code extract} reads them, the id being the file name.
     * The driver lists them and the executors open them through Hadoop's file system. (Spark's
     * {@code binaryFiles} is not used: each of its file streams deserialises its partition's whole list of
     * files, which is quadratic; with 10,000 reports the job did not finish in 8 minutes.)
     */
    private static Reports files(JavaSparkContext sc, String in, int partitions, LongAccumulator refused,
                                 CollectionAccumulator<String> reasons) throws InputProblem {
        String pattern = in.endsWith(".txt") ? in : in.replaceAll("/+$", "") + "/*.txt";
        List<String> paths;
        try {
            Path path = new Path(pattern);
            FileStatus[] matched = path.getFileSystem(sc.hadoopConfiguration()).globStatus(path);
            paths = matched == null ? List.of() : Arrays.stream(matched).filter(f -> !f.isDirectory())
                    .map(f -> f.getPath().toString()).sorted().toList();
        } catch (IOException e) {
            throw new InputProblem(Printable.strip(in) + ": cannot be listed (" + Printable.strip(String.valueOf(e.getMessage())) + ")");
        }
        if (paths.isEmpty()) {
            throw new InputProblem(Printable.strip(in) + ": has no .txt report files");
        }
        JavaRDD<String> files = sc.parallelize(paths, Math.max(1, Math.min(partitions, paths.size())));
        JavaRDD<Article> articles = files.mapPartitions(batch -> {
            ArticleReader reader = new ArticleReader();
            // The executor's Hadoop configuration (core-site.xml of the cluster): the driver's is not serialisable.
            Configuration conf = new Configuration();
            return stream(batch).map(file -> {
                String label = label(file);
                Path path = new Path(file);
                // Opened as a stream: the reader takes at most its size limit, so a stray huge file is refused, not loaded.
                try (InputStream body = path.getFileSystem(conf).open(path)) {
                    return accepted(reader.read(idOf(path), label, body), label, refused, reasons);
                } catch (ArticleFormatException e) {
                    return refuse(e.getMessage(), refused, reasons);
                } catch (IOException e) {
                    return refuse(Printable.strip(label) + ": cannot be read (" + InputFiles.reason(e) + ")", refused, reasons);
                }
            }).filter(a -> a != null).iterator();
        });
        return new Reports(articles, files.map(file -> idOf(new Path(file))), refused, reasons);
    }

    private static String idOf(Path file) {
        return ArticleReader.idOf(java.nio.file.Path.of(file.getName()));
    }

    private static StructType jsonSchema() {
        StructType schema = new StructType();
        for (String c : COLUMNS) {
            schema = schema.add(c, DataTypes.StringType);
        }
        return schema.add(CORRUPT, DataTypes.StringType);
    }

    /** The report columns as strings (absent optional ones null), the file each row came from, and any corrupt line. */
    private static Dataset<Row> records(Dataset<Row> table, String in, boolean json) throws InputProblem {
        Set<String> present = Arrays.stream(table.columns()).collect(Collectors.toSet());
        List<String> missing = REQUIRED.stream().filter(c -> !present.contains(c)).sorted().toList();
        if (!json && !missing.isEmpty()) {
            throw new InputProblem(Printable.strip(in) + ": the table lacks the column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + " (a report table has " + String.join(", ", COLUMNS) + ")");
        }
        Column[] columns = Stream.concat(COLUMNS.stream().map(c -> (present.contains(c) ? col(c).cast(DataTypes.StringType)
                : lit(null).cast(DataTypes.StringType)).as(c)),
                Stream.of((json ? col(CORRUPT) : lit(null).cast(DataTypes.StringType)).as(CORRUPT),
                        input_file_name().as(FILE))).toArray(Column[]::new);
        return table.select(columns);
    }

    /** Rows to articles through {@link ArticleReader#fromFields}; a line that is not JSON is refused by its file. */
    private static Reports records(Dataset<Row> rows, LongAccumulator refused, CollectionAccumulator<String> reasons) {
        JavaRDD<Article> articles = rows.javaRDD().mapPartitions(batch -> {
            ArticleReader reader = new ArticleReader();
            return stream(batch).map(row -> {
                String file = label(row.getAs(FILE));
                String corrupt = row.getAs(CORRUPT);
                if (corrupt != null) {
                    return refuse(file + ": a line is not a JSON object (" + shown(corrupt) + ")", refused, reasons);
                }
                String id = row.getAs("id");
                String label = file + ": report " + (id == null ? "without an id" : "\"" + Printable.strip(id) + "\"");
                try {
                    return accepted(reader.fromFields(id, label, row.getAs("title"), row.getAs("outlet"),
                            row.getAs("published"), row.getAs("dateline"), row.getAs("url"), row.getAs("body")),
                            label, refused, reasons);
                } catch (ArticleFormatException e) {
                    return refuse(e.getMessage(), refused, reasons);
                }
            }).filter(a -> a != null).iterator();
        });
        JavaRDD<String> ids = rows.select(col("id")).javaRDD().map(row -> row.getString(0)).filter(id -> id != null);
        return new Reports(articles, ids, refused, reasons);
    }

    /** The article, or null (refused, with the reason {@code extract} gives) when it has no publication date. */
    private static Article accepted(Article a, String label, LongAccumulator refused, CollectionAccumulator<String> reasons) {
        if (a.published() == null) {
            return refuse(Printable.strip(label) + ": has no 'published' date; relative dates cannot be resolved,"
                    + " so it was not extracted", refused, reasons);
        }
        return a;
    }

    private static Article refuse(String reason, LongAccumulator refused, CollectionAccumulator<String> reasons) {
        refused.add(1);
        reasons.add(reason);
        return null;
    }

    /** A path as a user gave it: local files without their {@code file:} scheme. */
    private static String label(String path) {
        return path == null ? "" : path.startsWith("file:") ? path.substring("file:".length()).replaceFirst("^//", "") : path;
    }

    private static String shown(String text) {
        String line = Printable.strip(text.strip());
        return line.length() > 60 ? line.substring(0, 57) + "..." : line;
    }

    private static <T> Stream<T> stream(java.util.Iterator<T> batch) {
        Iterable<T> once = () -> batch;
        return StreamSupport.stream(once.spliterator(), false);
    }
}
