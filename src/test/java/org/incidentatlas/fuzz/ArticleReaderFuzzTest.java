package org.incidentatlas.fuzz;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.incidentatlas.article.ArticleFormatException;
import org.incidentatlas.article.ArticleReader;
import org.incidentatlas.model.Article;
import org.incidentatlas.testing.Mutations;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzes the article reader with mutants of the bundled reports: it returns an article or refuses
 * the bytes with an {@link ArticleFormatException}, never anything else (issue 16). Regression mode
 * in {@code mvn verify}; see the README for the long run.
 */
class ArticleReaderFuzzTest {

    private final ArticleReader reader = new ArticleReader();

    @Property(seed = "1604")
    void anyMutantIsReadOrRefusedInWords(@ForAll("articles") byte[] bytes) {
        try {
            Article a = reader.read("fuzz", "fuzz.txt", new ByteArrayInputStream(bytes));
            if (a.body() == null || a.body().indexOf('\r') >= 0 || a.body().indexOf('\u00AD') >= 0) {
                throw new AssertionError("body not normalised");
            }
            if (a.published() != null && (a.published().getYear() < 1900 || a.published().getYear() > 2100)) {
                throw new AssertionError("published date outside the window: " + a.published());
            }
        } catch (ArticleFormatException e) {
            if (e.getMessage().contains("Exception") || e.getMessage().chars().anyMatch(c -> c < 0x20)) {
                throw new AssertionError("message not in words: " + e.getMessage());
            }
        }
    }

    /** Found by this fuzzer: a header line was echoed with its control characters. */
    @net.jqwik.api.Example
    void aBadHeaderLineIsEchoedWithoutControlCharacters() {
        anyMutantIsReadOrRefusedInWords("---\npublished: x\n\u001b[2Jpublished -9\n---\nbody".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<byte[]> articles() {
        List<byte[]> seeds = new ArrayList<>(Mutations.seeds(Path.of("data/articles"), ".txt"));
        seeds.add("---\npublished: -999999999-01-01\n---\nbody".getBytes());
        seeds.add(new byte[] {(byte) 0xFF, (byte) 0xFE, '-', 0, '-', 0, '-', 0, '\n', 0});
        return Mutations.of(seeds, 8);
    }
}
