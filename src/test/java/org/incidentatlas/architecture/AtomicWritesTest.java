package org.incidentatlas.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaCodeUnitAccess;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.incidentatlas.io.AtomicWriter;

/**
 * Issue 16: every file the project writes goes through {@link AtomicWriter}, so none is ever left
 * half-written, stripped of its permissions or put in place of a symbolic link.
 */
// The same classes and options as ArchitectureTest: ArchUnit imports them once for both.
@AnalyzeClasses(packages = "org.incidentatlas",
        importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class AtomicWritesTest {

    private static final Set<String> FILE_WRITERS = Set.of("java.io.FileOutputStream", "java.io.FileWriter",
            "java.io.RandomAccessFile");
    private static final Set<String> FILES_WRITES = Set.of("write", "writeString", "newOutputStream",
            "newBufferedWriter", "copy", "move", "createTempFile");

    private static final DescribedPredicate<JavaAccess<?>> WRITES_A_FILE = new DescribedPredicate<>("write a file directly") {
        @Override
        public boolean test(JavaAccess<?> access) {
            String owner = access.getTargetOwner().getName();
            String name = access.getName();
            if (FILE_WRITERS.contains(owner)) {
                return true;
            }
            if (owner.equals("java.nio.file.Files")) {
                return FILES_WRITES.contains(name);
            }
            if (owner.equals("java.nio.channels.FileChannel") && name.equals("open")) {
                return true;
            }
            // ImageIO.write(image, format, File) writes in place; to a stream it is fine.
            return owner.equals("javax.imageio.ImageIO") && name.equals("write") && access instanceof JavaCodeUnitAccess<?> call
                    && call.getTarget().getRawParameterTypes().stream().anyMatch(t -> t.getName().equals("java.io.File"));
        }
    };

    @ArchTest
    static final ArchRule everyFileIsWrittenAtomically = noClasses()
            .that().doNotBelongToAnyOf(AtomicWriter.class)
            // NetcdfClassic opens its source read-only with FileChannel.open; the predicate cannot see the options.
            .and().doNotHaveSimpleName("NetcdfClassic")
            .should().accessTargetWhere(WRITES_A_FILE)
            .because("a file written in place is lost by a full disk or a kill; AtomicWriter writes beside it and renames");
}
