package org.incidentatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** extract and evaluate read their articles the same way: the same refusals, in the same words. */
class ArticleFilesTest {

    @TempDir
    Path dir;

    private Path article(Path folder, String name, String header) throws Exception {
        Files.createDirectories(folder);
        Path file = folder.resolve(name);
        Files.writeString(file, "---\ntitle: t\noutlet: Wire\n" + header + "---\nProtesters stormed the mayor's office in Osh.\n");
        return file;
    }

    @Test
    void aSecondFileOfOneNameAndAnUndatedFileAreRefusedByEveryCommand() throws Exception {
        Path first = article(dir.resolve("a"), "report.txt", "published: 2010-05-14\n");
        Path second = article(dir.resolve("b"), "report.txt", "published: 2010-05-15\n");
        Path undated = article(dir.resolve("a"), "undated.txt", "");
        for (String command : List.of("extract", "evaluate")) {
            StringWriter err = new StringWriter();
            ArticleFiles.Read read = ArticleFiles.read(List.of(dir.resolve("a"), second), command, new PrintWriter(err, true));
            assertEquals(1, read.articles().size(), err.toString());
            assertEquals(first, read.files().get("report"));
            assertEquals(2, read.refused());
            assertTrue(err.toString().contains(command + ": " + second + ": has the same name as " + first), err.toString());
            assertTrue(err.toString().contains(command + ": " + undated + ": has no 'published' date"), err.toString());
        }
    }
}
