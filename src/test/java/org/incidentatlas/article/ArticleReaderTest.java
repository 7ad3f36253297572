package org.incidentatlas.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.incidentatlas.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader();

    private Path write(String name, String text) throws IOException {
        return Files.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void headerFieldsAndBodyAreRead() throws Exception {
        Article a = reader.read(write("fox_1.txt", """
                ---
                title: Protestors Seize Buildings in Kyrgyzstan
                outlet: Fox News
                published: 2005-03-21
                dateline: Osh
                url:
                ---
                Thousands of opposition activists stormed three government buildings.
                """));
        assertEquals("fox_1", a.id());
        assertEquals("Protestors Seize Buildings in Kyrgyzstan", a.title());
        assertEquals("Fox News", a.outlet());
        assertEquals(LocalDate.of(2005, 3, 21), a.published());
        assertEquals("Osh", a.dateline());
        assertEquals("", a.url());
        assertEquals("Thousands of opposition activists stormed three government buildings.\n", a.body());
    }

    @Test
    void fileWithoutHeaderKeepsItsIdAndWholeBody() throws Exception {
        Article a = reader.read(write("plain.txt", "Gunfire broke out in Jalal-Abad.\n\nMore text.\n"));
        assertEquals("plain", a.id());
        assertNull(a.published());
        assertEquals("", a.outlet());
        assertEquals("Gunfire broke out in Jalal-Abad.\n\nMore text.\n", a.body());
    }

    @Test
    void crlfLineEndsAndByteOrderMarkAreAccepted() throws Exception {
        Article a = reader.read(write("crlf.txt",
                "\uFEFF---\r\noutlet: RFE/RL\r\npublished: 2010-05-14\r\n---\r\nLine one.\r\nLine two.\r\n"));
        assertEquals("RFE/RL", a.outlet());
        assertEquals(LocalDate.of(2010, 5, 14), a.published());
        assertEquals("Line one.\nLine two.\n", a.body());
    }

    @Test
    void valueMayContainColons() throws Exception {
        Article a = reader.read(write("colon.txt", "---\ntitle: KYRGYZSTAN: Southern protests\nurl: http://example.org/a:b\n---\nBody.\n"));
        assertEquals("KYRGYZSTAN: Southern protests", a.title());
        assertEquals("http://example.org/a:b", a.url());
    }

    @Test
    void binaryFileIsRejectedWithItsName() throws Exception {
        Path file = Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
        ArticleFormatException e = assertThrows(ArticleFormatException.class, () -> reader.read(file));
        assertEquals(file + ": is a binary file, not text", e.getMessage());
    }

    @Test
    void nonUtf8FileIsRejectedWithItsName() throws Exception {
        // "Jalal-Abad" followed by a Latin-1 e-acute, which is not valid UTF-8.
        Path file = Files.write(dir.resolve("latin1.txt"), "Jalal-Abad caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        ArticleFormatException e = assertThrows(ArticleFormatException.class, () -> reader.read(file));
        assertEquals(file + ": is not UTF-8 text (invalid byte at offset 14)", e.getMessage());
    }

    @Test
    void oversizeFileIsRejectedWithItsName() throws Exception {
        Path file = dir.resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(6L * 1024 * 1024);
        }
        ArticleFormatException e = assertThrows(ArticleFormatException.class, () -> reader.read(file));
        assertEquals(file + ": is too large (6.0 MB; an article may be at most 5 MB)", e.getMessage());
    }

    @Test
    void unclosedHeaderIsRejected() throws Exception {
        Path file = write("open.txt", "---\ntitle: x\nBody without a closing fence\n");
        ArticleFormatException e = assertThrows(ArticleFormatException.class, () -> reader.read(file));
        assertEquals(file + ": header is not closed (no second '---' line)", e.getMessage());
    }

    @Test
    void malformedPublishedDateIsRejected() throws Exception {
        Path file = write("date.txt", "---\npublished: 21 March 2005\n---\nBody\n");
        ArticleFormatException e = assertThrows(ArticleFormatException.class, () -> reader.read(file));
        assertEquals(file + ": published date \"21 March 2005\" is not an ISO date (YYYY-MM-DD)", e.getMessage());
    }

    @Test
    void folderIsReadInNameOrderAndBadFilesAreReportedWithoutStoppingTheOthers() throws Exception {
        write("b.txt", "second");
        write("a.txt", "first");
        Files.write(dir.resolve("c.txt"), new byte[] {0, 1, 2});
        write("notes.md", "not an article");
        ArticleReader.Batch batch = reader.readAll(List.of(dir));
        assertEquals(List.of("a", "b"), batch.articles().stream().map(Article::id).toList());
        assertEquals(1, batch.errors().size());
        assertEquals(dir.resolve("c.txt").toString(), batch.errors().get(0).file());
    }

    @Test
    void bundledCorpusHasFiveDatedArticlesWithBodiesUnchanged() throws Exception {
        ArticleReader.Batch batch = reader.readAll(List.of(Path.of("data/articles")));
        assertEquals(List.of(), batch.errors());
        assertEquals(5, batch.articles().size());
        for (Article a : batch.articles()) {
            Path seed = Path.of("../shared/seeds", a.id() + ".txt");
            if (Files.exists(seed)) {
                assertEquals(Files.readString(seed), a.body(), a.id());
            }
            assertEquals(a.id().startsWith("00") && a.id().compareTo("003") < 0 ? 2005 : 2010, a.published().getYear());
        }
        try (InputStream in = getClass().getResourceAsStream("/data/articles/000_eeaf84d5f8c5e0cc.txt")) {
            Article fox = reader.read("000_eeaf84d5f8c5e0cc", "jar:000", in);
            assertEquals("Fox News", fox.outlet());
        }
    }
}
