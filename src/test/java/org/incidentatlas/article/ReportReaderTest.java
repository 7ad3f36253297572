package org.incidentatlas.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.incidentatlas.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportReaderTest {

    @TempDir
    Path dir;

    private final ReportReader reader = new ReportReader();

    private Path write(String name, String text) throws IOException {
        return write(name, text, StandardCharsets.UTF_8);
    }

    private Path write(String name, String text, Charset charset) throws IOException {
        return Files.write(dir.resolve(name), text.getBytes(charset));
    }

    private static final String SAVED_PAGE = """
            <!DOCTYPE html>
            <html><head>
            <meta charset="utf-8">
            <title>Crowd takes over town hall | Valley Herald</title>
            <meta property="og:title" content="Crowd takes over town hall in Uzgen">
            <meta property="og:site_name" content="Valley Herald">
            <meta property="article:published_time" content="2010-06-12T08:30:00+06:00">
            <link rel="canonical" href="https://herald.example/2010/06/uzgen">
            <script>var tracking = "Bishkek";</script>
            </head><body>
            <nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <aside><article><p>Other story: floods in Naryn</p></article></aside>
            <article>
              <h1>Crowd takes over town hall</h1>
              <p>About 300 people seized the town hall in Uzgen on Friday.</p>
              <p>Police said <b>two</b> officers were injured.</p>
              <ul><li><p>Shops stayed shut.</p></li></ul>
            </article>
            <footer>Copyright Valley Herald</footer>
            </body></html>
            """;

    @Test
    void aSavedPageGivesItsArticleTextAndMetadata() throws Exception {
        ReportReader.Report report = reader.read(write("uzgen.html", SAVED_PAGE));
        Article a = report.article();
        assertEquals(ReportReader.Format.HTML, report.format());
        assertEquals("uzgen", a.id());
        assertEquals("Crowd takes over town hall in Uzgen", a.title());
        assertEquals("Valley Herald", a.outlet());
        assertEquals(LocalDate.of(2010, 6, 12), a.published());
        assertEquals("https://herald.example/2010/06/uzgen", a.url());
        assertEquals("""
                Crowd takes over town hall

                About 300 people seized the town hall in Uzgen on Friday.

                Police said two officers were injured.

                Shops stayed shut.
                """, a.body());
        assertTrue(report.dates().isEmpty(), "a dated page needs no proposal");
    }

    @Test
    void aPageWithoutMetadataTakesItsTitleAndCanonicalLinkAndProposesItsTimeElement() throws Exception {
        ReportReader.Report report = reader.read(write("page.htm", """
                <html><head><title>Clashes near Osh</title><link rel="canonical" href="https://x.example/a"></head>
                <body><main><p>Posted <time datetime="2010-06-11">Friday</time></p><p>Clashes broke out in Osh.</p></main></body></html>
                """));
        assertEquals("Clashes near Osh", report.article().title());
        assertEquals("https://x.example/a", report.article().url());
        assertNull(report.article().published());
        assertEquals(List.of(new DateProposals.Proposal(LocalDate.of(2010, 6, 11), "the page's <time> element")), report.dates());
    }

    @Test
    void aPageDeclaringAnOldCharsetIsReadInIt() throws Exception {
        ReportReader.Report report = reader.read(write("latin.html", """
                <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
                <body><p>Caf\u00e9 owners in Osh closed their doors.</p></body></html>
                """, StandardCharsets.ISO_8859_1));
        assertEquals("Caf\u00e9 owners in Osh closed their doors.\n", report.article().body());
    }

    @Test
    void markdownIsReadAsTextWithTheTitleFromTheFirstHeading() throws Exception {
        ReportReader.Report report = reader.read(write("2010-05-14_jalal-abad.md", """
                # Supporters of *Bakiyev* seize the [regional administration](https://example.org)

                Supporters of the ousted president **seized** the regional administration in Jalal-Abad.

                - Roads were blocked.
                ![photo](pic.jpg)
                """));
        Article a = report.article();
        assertEquals("Supporters of Bakiyev seize the regional administration", a.title());
        assertEquals("""
                Supporters of Bakiyev seize the regional administration

                Supporters of the ousted president seized the regional administration in Jalal-Abad.

                Roads were blocked.
                """, a.body());
        assertNull(a.published());
        assertEquals(List.of(new DateProposals.Proposal(LocalDate.of(2010, 5, 14), "the file name")), report.dates());
    }

    @Test
    void markdownFrontMatterGivesTheDate() throws Exception {
        Article a = reader.read(write("note.md", """
                ---
                title: "Border clash"
                date: 2010-06-13
                tags: [a, b]
                ---
                Shooting was reported in Aravan.
                """)).article();
        assertEquals("Border clash", a.title());
        assertEquals(LocalDate.of(2010, 6, 13), a.published());
        assertEquals("Shooting was reported in Aravan.\n", a.body());
    }

    @Test
    void plainTextWithoutHeaderProposesTheDateOfItsFirstLines() throws Exception {
        ReportReader.Report report = reader.read(write("wire.txt", """
                OSH, June 11, 2010 (Wire) - Gunfire was heard overnight.
                Officials said on 9 June 2010 that ... and on 2010-06-01 ...
                """));
        assertEquals(ReportReader.Format.TEXT, report.format());
        assertEquals(List.of(new DateProposals.Proposal(LocalDate.of(2010, 6, 11), "line 1"),
                new DateProposals.Proposal(LocalDate.of(2010, 6, 9), "line 2")), report.dates());
        LocalDate confirmed = report.dates().get(0).date();
        assertEquals(confirmed, report.publishedOn(confirmed).article().published());
        assertTrue(report.publishedOn(confirmed).dates().isEmpty());
    }

    @Test
    void ourHeaderIsStillRead() throws Exception {
        Article a = reader.read(write("r.txt", "---\ntitle: T\npublished: 2005-03-21\n---\nBody in Osh.\n")).article();
        assertEquals(LocalDate.of(2005, 3, 21), a.published());
        assertEquals("Body in Osh.\n", a.body());
    }

    @Test
    void badFilesAreEachNamedWithTheirProblemAndTheOthersStillLoad() throws Exception {
        write("a-good.md", "# Osh\nProtesters gathered in Osh.\n");
        Files.write(dir.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        write("empty.html", "");
        write("latin1.txt", "Caf\u00e9 in Osh", StandardCharsets.ISO_8859_1);
        write("utf16.md", "Protesters in Osh", StandardCharsets.UTF_16LE);
        write("ignored.pdf", "not a report format");
        try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength(50L * 1024 * 1024);
        }
        ReportReader.Batch batch = reader.readAll(List.of(dir));
        assertEquals(List.of("a-good"), batch.reports().stream().map(r -> r.article().id()).toList());
        List<String> messages = batch.errors().stream().map(Throwable::getMessage).toList();
        assertEquals(5, messages.size(), messages::toString);
        assertTrue(messages.get(0).endsWith("binary.txt: is a binary file, not text"), messages.get(0));
        assertTrue(messages.get(1).endsWith("empty.html: is empty"), messages.get(1));
        assertTrue(messages.get(2).contains("huge.txt: is too large (50.0 MB;"), messages.get(2));
        assertTrue(messages.get(3).contains("latin1.txt: is not UTF-8 text"), messages.get(3));
        assertTrue(messages.get(4).contains("utf16.md: is UTF-16 text without a byte order mark"), messages.get(4));
    }

    @Test
    void utf16WithItsByteOrderMarkIsRead() throws Exception {
        Article a = reader.read(write("u16.md", "\uFEFF# Osh\nA crowd gathered in Osh.\n", StandardCharsets.UTF_16LE)).article();
        assertEquals("Osh", a.title());
    }

    @Test
    void aFileOfAnotherKindIsRefusedByName() throws Exception {
        ArticleFormatException e = assertThrows(ArticleFormatException.class, () -> reader.read(write("x.pdf", "%PDF")));
        assertTrue(e.getMessage().endsWith("x.pdf: is not a report (a report is a .txt, .html, .htm or .md file)"));
        assertFalse(ReportReader.isReport(Path.of("x.pdf")));
    }
}
