package org.incidentatlas.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.incidentatlas.io.FileProblemException;
import org.incidentatlas.io.InputFiles;
import org.incidentatlas.io.Printable;
import org.incidentatlas.model.Article;

/**
 * Reads article files: an optional header between two {@code ---} lines ({@code key: value}
 * per line), then the body. Accepts a UTF-8 BOM and CRLF line ends (the body is returned with
 * LF line ends, and every offset the app stores refers to that body). Rejects binary,
 * non-UTF-8 and oversized files with a message naming the file.
 */
public final class ArticleReader {

    /** Larger files are not news reports; refusing them keeps a stray dump from stalling extraction. */
    public static final long MAX_BYTES = InputFiles.Kind.ARTICLE.maxBytes();

    /** Publication dates outside this window are refused (the same window as the incident files). */
    public static final LocalDate FIRST_PUBLISHED = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST_PUBLISHED = LocalDate.of(2100, 12, 31);

    private static final String FENCE = "---";

    /**
     * Reads one file; the article id is the file name without its extension. The file is checked
     * before it is opened (a FIFO, device or folder is refused, never read) and read with bounded memory.
     */
    public Article read(Path file) throws ArticleFormatException {
        String label = file.toString();
        byte[] bytes;
        try {
            bytes = InputFiles.readBytes(file, InputFiles.Kind.ARTICLE);
        } catch (FileProblemException e) {
            throw new ArticleFormatException(label, e.reason());
        }
        return parse(idOf(file), label, bytes);
    }

    /** Reads an article from a stream (e.g. a resource inside the jar), with the same checks as files. */
    public Article read(String id, String label, InputStream in) throws ArticleFormatException {
        try {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new ArticleFormatException(label, "is too large (over 5 MB; an article may be at most 5 MB)");
            }
            return parse(id, label, bytes);
        } catch (IOException e) {
            throw new ArticleFormatException(label, "cannot be read (" + InputFiles.reason(e) + ")");
        }
    }

    /**
     * Reads every {@code .txt} file of a folder (sorted by name) or the given files.
     * Bad files do not stop the others: they are reported in the result.
     */
    public Batch readAll(List<Path> filesOrFolders) {
        List<Article> articles = new ArrayList<>();
        List<ArticleFormatException> errors = new ArrayList<>();
        for (Path path : filesOrFolders) {
            for (Path file : expand(path, errors)) {
                try {
                    articles.add(read(file));
                } catch (ArticleFormatException e) {
                    errors.add(e);
                }
            }
        }
        return new Batch(List.copyOf(articles), List.copyOf(errors));
    }

    /**
     * An article given as fields (a JSON Lines record, a table row) rather than a file: its header fields and
     * body get the checks and normalisation a file's do (invisible characters dropped, LF line ends, the
     * publication date an ISO date in the window), so that offsets and dates mean the same.
     *
     * @param label     names the record in messages, e.g. {@code reports.jsonl: report 17}
     * @param published an ISO date, or null or empty when the report has none
     */
    public Article fromFields(String id, String label, String title, String outlet, String published, String dateline,
                              String url, String body) throws ArticleFormatException {
        if (id == null || id.isBlank()) {
            throw new ArticleFormatException(label, "has no id");
        }
        Map<String, String> header = new HashMap<>();
        header.put("published", published == null ? "" : published.strip());
        String text = dropInvisible(body == null ? "" : body).replace("\r\n", "\n").replace('\r', '\n');
        return new Article(id, strip(title), strip(outlet), publishedOf(label, header), strip(dateline), strip(url), text);
    }

    private static String strip(String field) {
        return field == null ? "" : field.strip();
    }

    /** Articles that were read, and the files that were not, each with its reason. */
    public record Batch(List<Article> articles, List<ArticleFormatException> errors) {
    }

    Article parse(String id, String label, byte[] bytes) throws ArticleFormatException {
        String text;
        try {
            text = InputFiles.decode(bytes);
        } catch (InputFiles.TextEncodingException e) {
            throw new ArticleFormatException(label, e.getMessage());
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = dropInvisible(text);
        text = text.replace("\r\n", "\n").replace('\r', '\n');

        if (!text.startsWith(FENCE + "\n") && !text.equals(FENCE)) {
            return new Article(id, "", "", null, "", "", text);
        }
        int close = findClosingFence(text);
        if (close < 0) {
            throw new ArticleFormatException(label, "header is not closed (no second '---' line)");
        }
        Map<String, String> header = parseHeader(label, text.substring(FENCE.length() + 1, close));
        int bodyStart = close + FENCE.length();
        if (bodyStart < text.length() && text.charAt(bodyStart) == '\n') {
            bodyStart++;
        }
        String body = text.substring(bodyStart);
        return new Article(id, header.get("title"), header.get("outlet"), publishedOf(label, header),
                header.get("dateline"), header.get("url"), body);
    }

    private static int findClosingFence(String text) {
        int lineStart = text.indexOf('\n') + 1;
        while (lineStart > 0 && lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            String line = lineEnd < 0 ? text.substring(lineStart) : text.substring(lineStart, lineEnd);
            if (line.strip().equals(FENCE)) {
                return lineStart;
            }
            if (lineEnd < 0) {
                return -1;
            }
            lineStart = lineEnd + 1;
        }
        return -1;
    }

    private static Map<String, String> parseHeader(String label, String block) throws ArticleFormatException {
        Map<String, String> header = new HashMap<>();
        int lineNo = 1;
        for (String line : block.split("\n", -1)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            // Split at the first colon only: values such as "KYRGYZSTAN: Southern protests" keep theirs.
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new ArticleFormatException(label,
                        "header line " + lineNo + " is not 'key: value' (\"" + Printable.strip(line.strip()) + "\")");
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            header.put(key, line.substring(colon + 1).strip());
        }
        return header;
    }

    private static LocalDate publishedOf(String label, Map<String, String> header) throws ArticleFormatException {
        String value = header.getOrDefault("published", "");
        if (value.isEmpty()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ArticleFormatException(label,
                    "published date \"" + Printable.strip(value) + "\" is not an ISO date (YYYY-MM-DD)");
        }
        if (date.isBefore(FIRST_PUBLISHED) || date.isAfter(LAST_PUBLISHED)) {
            throw new ArticleFormatException(label, "published date " + date + " is outside "
                    + FIRST_PUBLISHED + " to " + LAST_PUBLISHED);
        }
        return date;
    }

    /**
     * Soft hyphens, zero-width spaces and word joiners are invisible in a report but split the
     * words they sit in ("Os\u00ADh" would hide Osh): they are dropped, and every offset refers to the
     * text without them.
     */
    static String dropInvisible(String text) {
        if (text.indexOf('\u00AD') < 0 && text.indexOf('\u200B') < 0 && text.indexOf('\u2060') < 0 && text.indexOf('\uFEFF') < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\u00AD' && c != '\u200B' && c != '\u2060' && c != '\uFEFF') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static List<Path> expand(Path path, List<ArticleFormatException> errors) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> files = Files.list(path)) {
            // Every .txt that is not a folder: a FIFO or device among them is named by read(), never opened.
            return files.filter(f -> f.getFileName().toString().endsWith(".txt") && !Files.isDirectory(f))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            errors.add(new ArticleFormatException(path.toString(), "folder cannot be listed (" + InputFiles.reason(e) + ")"));
            return List.of();
        }
    }

    /** The article id a file gives: its name without the extension. */
    public static String idOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

}
