package org.incidentatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.incidentatlas.extract.FakePlaceFinder;
import org.incidentatlas.io.IncidentGeoJson;
import org.incidentatlas.model.Incident;
import org.incidentatlas.testing.Fifo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** Issue 16, defects 3, 4 and 8: special files, extreme dates and unclear messages in extract and geocode. */
class HostileInputTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private static final String GOOD = "---\ntitle:\noutlet: Test Wire\npublished: 2010-05-14\n---\nGunfire broke out in Uzgen on Friday.\n";

    private int extract(String... args) {
        CommandLine cli = new CommandLine(new ExtractCommand(FakePlaceFinder::new));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private int geocode(String... args) {
        CommandLine cli = IncidentAtlasCommand.commandLine(options -> {
            throw new AssertionError("the window must not open");
        });
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 1];
        all[0] = "geocode";
        System.arraycopy(args, 0, all, 1, args.length);
        return cli.execute(all);
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    // ---- 3. special files

    @Test
    void aFifoNamedTxtIsRefusedNotRead() throws Exception {
        try (Fifo fifo = Fifo.create(dir.resolve("pipe.txt"), GOOD.getBytes(StandardCharsets.UTF_8))) {
            assumeTrue(fifo != null, "mkfifo is available");
            assertEquals(ExtractCommand.FAILED, extract(fifo.path().toString()));
            assertTrue(err.toString().contains(fifo.path() + ": is not a regular file (a FIFO, device or socket), so it is not read"),
                    err.toString());
        }
    }

    @Test
    void aFifoInAFolderIsNamedAndTheOthersAreExtracted() throws Exception {
        write("a.txt", GOOD);
        try (Fifo fifo = Fifo.create(dir.resolve("b.txt"), GOOD.getBytes(StandardCharsets.UTF_8))) {
            assumeTrue(fifo != null, "mkfifo is available");
            assertEquals(ExtractCommand.SOME_SKIPPED, extract(dir.toString()));
            assertTrue(err.toString().contains(fifo.path() + ": is not a regular file"), err.toString());
        }
    }

    @Test
    void geocodeTextRefusesAFifo() throws Exception {
        try (Fifo fifo = Fifo.create(dir.resolve("pipe.txt"), "Riots in Osh".getBytes(StandardCharsets.UTF_8))) {
            assumeTrue(fifo != null, "mkfifo is available");
            assertEquals(GeocodeCommand.UNREADABLE, geocode("--text", fifo.path().toString()));
            assertTrue(err.toString().contains(": is not a regular file"), err.toString());
            assertEquals("", out.toString());
        }
    }

    @Test
    void aDeviceIsRefusedWithExitTwo() {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        assertEquals(ExtractCommand.FAILED, extract("/dev/zero"));
        assertTrue(err.toString().contains("/dev/zero: is not a regular file"), err.toString());
        assertEquals(GeocodeCommand.UNREADABLE, geocode("--text", "/dev/urandom"));
        assertTrue(err.toString().contains("/dev/urandom: is not a regular file"), err.toString());
    }

    @Test
    void aHugeTextFileIsRefusedBeforeReading() throws Exception {
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(huge.toFile(), "rw")) {
            raf.setLength(3L * 1024 * 1024 * 1024); // sparse: no disk used
        }
        assertEquals(GeocodeCommand.UNREADABLE, geocode("--text", huge.toString()));
        assertTrue(err.toString().contains(huge + ": is too large (3.0 GB; a text file may be at most 5 MB)"), err.toString());
    }

    // ---- 4. extreme dates

    @Test
    void anExtremePublicationDateSkipsOnlyThatArticle() throws Exception {
        for (int i = 1; i <= 5; i++) {
            write("good" + i + ".txt", GOOD.replace("Uzgen", List.of("Uzgen", "Osh", "Batken", "Naryn", "Talas").get(i - 1)));
        }
        write("ancient.txt", GOOD.replace("2010-05-14", "-999999999-01-01"));
        write("future.txt", GOOD.replace("2010-05-14", "+999999999-12-31"));
        Path geojson = dir.resolve("out/events.geojson");
        assertEquals(ExtractCommand.SOME_SKIPPED, extract(dir.toString(), "--out", geojson.toString()));
        assertTrue(err.toString().contains("ancient.txt: published date -999999999-01-01 is outside 1900-01-01 to 2100-12-31"),
                err.toString());
        assertTrue(err.toString().contains("future.txt: published date +999999999-12-31 is outside"), err.toString());
        List<Incident> incidents = new IncidentGeoJson().read(geojson);
        assertEquals(5, incidents.size(), incidents.toString());
    }

    // ---- 8. unclear or silent

    @Test
    void utf16WithAByteOrderMarkIsReadAndWithoutOneIsNamed() throws Exception {
        byte[] body = GOOD.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        Files.write(dir.resolve("bom.txt"), withBom);
        Path noBom = Files.write(dir.resolve("nobom.txt"), body);
        assertEquals(ExtractCommand.SOME_SKIPPED, extract(dir.toString()));
        assertTrue(out.toString().contains("2010-05-14-clash-uzgen"), out.toString());
        assertTrue(err.toString().contains(noBom + ": is UTF-16 text without a byte order mark; save it as UTF-8"), err.toString());
        assertFalse(err.toString().contains("binary"), err.toString());
    }

    @Test
    void aSymbolicLinkLoopIsNotCalledMissing() throws Exception {
        Path a = dir.resolve("a.txt");
        Files.createSymbolicLink(a, dir.resolve("b.txt"));
        Files.createSymbolicLink(dir.resolve("b.txt"), a);
        assertEquals(ExtractCommand.FAILED, extract(a.toString()));
        assertTrue(err.toString().contains(a + ": is a symbolic link loop"), err.toString());
        assertFalse(err.toString().contains("does not exist"), err.toString());
    }

    @Test
    void twoArticlesWithOneFileNameAreNotMerged() throws Exception {
        Path first = write("wire/report.txt", GOOD);
        Path second = write("blog/report.txt", GOOD.replace("Uzgen", "Osh"));
        assertEquals(ExtractCommand.SOME_SKIPPED, extract(first.toString(), second.toString()));
        assertTrue(err.toString().contains(second + ": has the same name as " + first), err.toString());
    }

    @Test
    void aRussianArticleThatYieldsNothingSaysSo() throws Exception {
        write("a.txt", GOOD);
        Path russian = write("ru.txt", "---\npublished: 2010-05-14\n---\nВ Оше протестующие захватили здание администрации.\n");
        assertEquals(0, extract(dir.toString()));
        assertTrue(err.toString().contains(russian + ": no incident found (the text is not in English;"), err.toString());
    }

    @Test
    void softHyphensDoNotHidePlaceNames() throws Exception {
        write("a.txt", GOOD.replace("Uzgen", "Uz\u00ADgen"));
        assertEquals(0, extract(dir.toString()));
        assertTrue(out.toString().contains("2010-05-14-clash-uzgen"), out.toString());
    }

    @Test
    void geocodeDoesNotEchoTerminalEscapes() {
        assertEquals(GeocodeCommand.NOT_FOUND, geocode("\u001b]0;owned\u0007\u001b[2J"));
        assertFalse(err.toString().contains("\u001b"), err.toString());
        assertTrue(err.toString().contains("no place named '?]0;owned??[2J'"), err.toString());
    }

    @Test
    void aFolderProblemNamesTheFolder() throws Exception {
        Path notAFolder = write("file.txt", "x");
        assertEquals(ExtractCommand.FAILED, extract(notAFolder.resolve("inner.txt").toString()));
        assertTrue(err.toString().contains(notAFolder.resolve("inner.txt") + ": a folder on its path is a file"), err.toString());
        assertNotNull(err.toString());
    }
}
