package org.incidentatlas.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every package of the app and of the developer tools says what it holds and what it may use. */
class PackageDocumentationTest {

    private static final List<Path> SOURCE_SETS = List.of(Path.of("src/main/java"), Path.of("src/tools/java"));

    @Test
    void everyPackageHasAPackageInfo() throws IOException {
        List<Path> undocumented;
        List<Path> packages;
        try (Stream<Path> folders = SOURCE_SETS.stream().flatMap(PackageDocumentationTest::folders)) {
            packages = folders.filter(PackageDocumentationTest::holdsJava).toList();
        }
        assertTrue(packages.size() > 10, "packages found: " + packages);
        undocumented = packages.stream().filter(p -> !Files.isRegularFile(p.resolve("package-info.java"))).toList();
        assertEquals(List.of(), undocumented, "packages without a package-info.java");
    }

    private static Stream<Path> folders(Path root) {
        try {
            return Files.walk(root).filter(Files::isDirectory).toList().stream();
        } catch (IOException e) {
            throw new AssertionError("cannot list " + root, e);
        }
    }

    private static boolean holdsJava(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new AssertionError("cannot list " + folder, e);
        }
    }
}
