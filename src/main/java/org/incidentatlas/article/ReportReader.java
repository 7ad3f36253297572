package org.incidentatlas.article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import org.incidentatlas.io.FileProblemException;
import org.incidentatlas.io.InputFiles;
import org.incidentatlas.model.Article;

/**
 * Reads the reports a user brings: plain text with or without our header ({@link ArticleReader}),
 * HTML pages saved from a browser (the article's text, with the page's title, publication date,
 * site and address from its metadata) and Markdown (its text, the title from the first heading).
 * A report without a publication date comes with the dates its file name or first lines propose.
 */
public final class ReportReader {

    /** The kinds of report file, by extension. */
    public enum Format {
        TEXT("txt", "text"), HTML("html", "htm", "xhtml"), MARKDOWN("md", "markdown");

        private final List<String> extensions;

        Format(String... extensions) {
            this.extensions = List.of(extensions);
        }

        public List<String> extensions() {
            return extensions;
        }

        /** The format a file's extension names, if it names one. */
        public static Optional<Format> of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            int dot = name.lastIndexOf('.');
            String extension = dot < 0 ? "" : name.substring(dot + 1);
            for (Format format : values()) {
                if (format.extensions.contains(extension)) {
                    return Optional.of(format);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * One report read.
     *
     * @param dates where the report proposes a publication date when its {@code article} has none;
     *              empty when it has one
     */
    public record Report(Path file, Format format, Article article, List<DateProposals.Proposal> dates) {

        public Report {
            dates = List.copyOf(dates);
        }

        /** The same report published on {@code date} (confirmed by the user). */
        public Report publishedOn(LocalDate date) {
            Article a = article;
            return new Report(file, format, new Article(a.id(), a.title(), a.outlet(), date, a.dateline(), a.url(), a.body()),
                    List.of());
        }
    }

    /** Reports read, and the files that were not, each with its reason. */
    public record Batch(List<Report> reports, List<ArticleFormatException> errors) {
    }

    /** Block elements whose text is a paragraph of the article. */
    private static final String PARAGRAPHS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td";
    /** Page furniture around a saved article. */
    private static final String FURNITURE = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "button, iframe, svg, figure, [role=navigation], [aria-hidden=true]";
    private static final String[] DATE_META = {
        "meta[property=article:published_time]", "meta[name=article:published_time]", "meta[itemprop=datePublished]",
        "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=date]", "meta[name=DC.date.issued]",
        "meta[name=dcterms.date]", "meta[property=og:published_time]",
    };
    private static final Pattern DECLARED_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w-]+)");

    private final ArticleReader text = new ArticleReader();

    /** True when the file's extension names a report format. */
    public static boolean isReport(Path file) {
        return Format.of(file).isPresent();
    }

    /** Reads one report; every problem is an {@link ArticleFormatException} naming the file. */
    public Report read(Path file) throws ArticleFormatException {
        byte[] bytes;
        Format format;
        try {
            // A missing or unreadable file is named as such before its extension is judged.
            InputFiles.check(file, InputFiles.Kind.ARTICLE);
            format = Format.of(file).orElseThrow(() -> new ArticleFormatException(file.toString(),
                    "is not a report (a report is a .txt, .html, .htm or .md file)"));
            bytes = InputFiles.readBytes(file, InputFiles.Kind.ARTICLE);
        } catch (FileProblemException e) {
            throw new ArticleFormatException(file.toString(), e.reason());
        }
        String label = file.toString();
        String id = ArticleReader.idOf(file);
        Article article = switch (format) {
            case TEXT -> text.parse(id, label, bytes);
            case HTML -> html(id, label, bytes);
            case MARKDOWN -> markdown(id, label, bytes);
        };
        if (article.body().isBlank()) {
            throw new ArticleFormatException(label, bytes.length == 0 ? "is empty" : "has no text to read");
        }
        List<DateProposals.Proposal> dates = article.published() == null
                ? proposals(file, format, bytes, article) : List.of();
        return new Report(file, format, article, dates);
    }

    /** Reads every report of the folders (in name order, not descending into sub-folders) and the files named. */
    public Batch readAll(List<Path> filesOrFolders) {
        List<ArticleFormatException> errors = new ArrayList<>();
        List<Report> reports = new ArrayList<>();
        for (Path file : list(filesOrFolders, errors)) {
            try {
                reports.add(read(file));
            } catch (ArticleFormatException e) {
                errors.add(e);
            }
        }
        return new Batch(List.copyOf(reports), List.copyOf(errors));
    }

    /**
     * The report files the inputs name: a folder gives its files of a report format but its README, sorted by name;
     * a file is taken as it is (the reader then names a wrong one).
     */
    public static List<Path> list(List<Path> filesOrFolders, List<ArticleFormatException> errors) {
        List<Path> files = new ArrayList<>();
        for (Path input : filesOrFolders) {
            if (!Files.isDirectory(input)) {
                files.add(input);
                continue;
            }
            try (Stream<Path> listed = Files.list(input)) {
                // Not only regular files: a FIFO or device with a report's name is listed so that the reader names it.
                listed.filter(f -> isReport(f) && !isReadme(f) && !Files.isDirectory(f)).sorted().forEach(files::add);
            } catch (IOException e) {
                errors.add(new ArticleFormatException(input.toString(), "folder cannot be listed (" + InputFiles.reason(e) + ")"));
            }
        }
        return files;
    }

    /** A folder's README describes the reports (as data/articles/README.md does); it is not one of them. */
    private static boolean isReadme(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).startsWith("readme.");
    }

    // ---- HTML

    private static Article html(String id, String label, byte[] bytes) throws ArticleFormatException {
        Document page = page(label, bytes);
        String title = firstContent(page, "meta[property=og:title]", "meta[name=twitter:title]");
        if (title.isEmpty()) {
            title = page.title().strip();
        }
        String url = firstContent(page, "meta[property=og:url]");
        if (url.isEmpty()) {
            Element canonical = page.selectFirst("link[rel=canonical]");
            url = canonical == null ? "" : canonical.attr("href").strip();
        }
        String outlet = firstContent(page, "meta[property=og:site_name]");
        LocalDate published = null;
        for (String selector : DATE_META) {
            Optional<LocalDate> date = DateProposals.parse(firstContent(page, selector));
            if (date.isPresent()) {
                published = date.get();
                break;
            }
        }
        Element container = articleContainer(page);
        container.select(FURNITURE).remove();
        String body = paragraphs(container);
        if (title.isEmpty()) {
            Element h1 = container.selectFirst("h1");
            title = h1 == null ? "" : h1.text().strip();
        }
        return new Article(id, title, outlet, published, "", url, ArticleReader.dropInvisible(body));
    }

    /**
     * The page as a browser would read it: UTF-8 (or UTF-16 with its byte order mark) unless the page
     * declares another charset, as pages saved from older sites do ({@code charset=windows-1251}).
     */
    private static Document page(String label, byte[] bytes) throws ArticleFormatException {
        try {
            return Jsoup.parse(InputFiles.decode(bytes));
        } catch (InputFiles.TextEncodingException e) {
            String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
            Matcher declared = DECLARED_CHARSET.matcher(head);
            if (!head.contains("\0") && declared.find() && !declared.group(1).equalsIgnoreCase("utf-8")) {
                try {
                    return Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
                } catch (IOException | RuntimeException unreadable) {
                    throw new ArticleFormatException(label, "declares the charset " + declared.group(1) + " but cannot be read in it");
                }
            }
            throw new ArticleFormatException(label, e.getMessage());
        }
    }

    private static String firstContent(Document page, String... selectors) {
        for (String selector : selectors) {
            Element meta = page.selectFirst(selector);
            if (meta != null && !meta.attr("content").isBlank()) {
                return meta.attr("content").strip();
            }
        }
        return "";
    }

    /** The element holding the story: the page's article or main part, else its body. */
    private static Element articleContainer(Document page) {
        for (String selector : new String[] {"article", "[itemprop=articleBody]", "main", "[role=main]"}) {
            Elements found = page.select(selector);
            if (!found.isEmpty()) {
                // The longest: a page lists teasers of other stories as small articles beside the real one.
                return found.stream().max(java.util.Comparator.comparingInt(e -> e.text().length())).orElseThrow();
            }
        }
        return page.body();
    }

    /** One paragraph per block, separated by blank lines, as our plain-text reports are. */
    private static String paragraphs(Element container) {
        List<String> blocks = new ArrayList<>();
        for (Element block : container.select(PARAGRAPHS)) {
            // A paragraph inside a list item or quote is taken once, with its outer block.
            if (insideAnother(block, container)) {
                continue;
            }
            String line = block.text().strip();
            if (!line.isEmpty()) {
                blocks.add(line);
            }
        }
        if (blocks.isEmpty()) {
            return container.wholeText().strip().replaceAll("[ \\t]*\\n[ \\t\\n]*", "\n\n");
        }
        return String.join("\n\n", blocks) + "\n";
    }

    private static boolean insideAnother(Element block, Element container) {
        for (Element outer = block.parent(); outer != null && outer != container; outer = outer.parent()) {
            if (outer.is(PARAGRAPHS)) {
                return true;
            }
        }
        return false;
    }

    // ---- Markdown

    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*{1,3}|_{1,3}|`+)(\\S(?:.*?\\S)?)\\1");
    private static final Pattern LIST_MARK = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+");

    /**
     * Markdown read as text: headings, list marks, emphasis and link targets dropped, the words kept.
     * A front-matter block between {@code ---} lines gives the title, date and address as our header does.
     */
    private static Article markdown(String id, String label, byte[] bytes) throws ArticleFormatException {
        String source;
        try {
            source = InputFiles.decode(bytes);
        } catch (InputFiles.TextEncodingException e) {
            throw new ArticleFormatException(label, e.getMessage());
        }
        source = ArticleReader.dropInvisible(source).replace("\r\n", "\n").replace('\r', '\n');
        String title = "";
        String url = "";
        String outlet = "";
        String published = "";
        if (source.startsWith("---\n")) {
            int close = source.indexOf("\n---", 3);
            if (close > 0) {
                for (String line : source.substring(4, close).split("\n")) {
                    int colon = line.indexOf(':');
                    if (colon <= 0) {
                        continue;
                    }
                    String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                    String value = line.substring(colon + 1).strip().replaceAll("^[\"']|[\"']$", "");
                    switch (key) {
                        case "title" -> title = value;
                        case "url", "link", "source_url" -> url = value;
                        case "outlet", "source", "publisher" -> outlet = value;
                        case "published", "date" -> published = value;
                        default -> { }
                    }
                }
                int after = source.indexOf('\n', close + 1);
                source = after < 0 ? "" : source.substring(after + 1);
            }
        }
        StringBuilder body = new StringBuilder();
        boolean fenced = false;
        for (String line : source.split("\n", -1)) {
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                fenced = !fenced;
                continue;
            }
            if (!fenced) {
                Matcher heading = HEADING.matcher(line);
                if (heading.matches()) {
                    line = heading.group(1);
                    if (title.isEmpty()) {
                        title = inline(line);
                    }
                }
                if (line.strip().matches("([-*_]\\s*){3,}")) {
                    line = "";
                }
                line = inline(LIST_MARK.matcher(line).replaceFirst("").replaceFirst("^\\s*>\\s?", ""));
            }
            body.append(line).append('\n');
        }
        LocalDate date = null;
        if (!published.isEmpty()) {
            String written = published;
            date = DateProposals.parse(written).orElseThrow(() -> new ArticleFormatException(label,
                    "front-matter date \"" + org.incidentatlas.io.Printable.strip(written) + "\" is not a date"));
        }
        return new Article(id, title, outlet, date, "", url, body.toString().strip() + "\n");
    }

    private static String inline(String line) {
        String plain = IMAGE.matcher(line).replaceAll("");
        plain = LINK.matcher(plain).replaceAll("$1");
        // Twice: **_bold italic_** nests one mark in another.
        plain = EMPHASIS.matcher(plain).replaceAll("$2");
        plain = EMPHASIS.matcher(plain).replaceAll("$2");
        return plain;
    }

    // ---- dates

    private static List<DateProposals.Proposal> proposals(Path file, Format format, byte[] bytes, Article article) {
        List<DateProposals.Proposal> found = new ArrayList<>();
        if (format == Format.HTML) {
            // <time datetime="..."> marks the page's own date in most saved articles that lack the meta tags.
            try {
                Element time = Jsoup.parse(InputFiles.decode(bytes)).selectFirst("time[datetime]");
                if (time != null) {
                    DateProposals.parse(time.attr("datetime"))
                            .ifPresent(date -> found.add(new DateProposals.Proposal(date, "the page's <time> element")));
                }
            } catch (InputFiles.TextEncodingException e) {
                // Read above in its declared charset; the file name and first lines still propose.
            }
        }
        for (DateProposals.Proposal p : DateProposals.of(file.getFileName().toString(), article.body())) {
            if (found.stream().noneMatch(f -> f.date().equals(p.date()))) {
                found.add(p);
            }
        }
        return found;
    }
}
