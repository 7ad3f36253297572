package org.incidentatlas.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> split(String text) {
        return splitter.split(text).stream().map(s -> text.substring(s[0], s[1])).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The polls of Feb. 27 were flawed. Protests began.                           | The polls of Feb. 27 were flawed. ## Protests began.
            The U.S. State Department urged talks. Russia agreed.                      | The U.S. State Department urged talks. ## Russia agreed.
            Mr. Bakiyev fled. He is in Minsk.                                          | Mr. Bakiyev fled. ## He is in Minsk.
            A crowd chanting "Akayev Go!," took control of it. Police fled.            | A crowd chanting "Akayev Go!," took control of it. ## Police fled.
            "Power has been taken over by people!" he said. They cheered.              | "Power has been taken over by people!" he said. ## They cheered.
            "We won." Police fled.                                                      | "We won." ## Police fled.
            It is a very tense situation.. The question is open.                       | It is a very tense situation.. ## The question is open.
            He waited... and then left. Police came.                                   | He waited... and then left. ## Police came.
            John F. Kennedy spoke. Crowds cheered!                                      | John F. Kennedy spoke. ## Crowds cheered!
            Gen. Ivanov arrived at 5 p.m. on Monday.                                   | Gen. Ivanov arrived at 5 p.m. on Monday.
            """)
    void splitsAtSentenceEndsOnly(String text, String expected) {
        assertEquals(Arrays.stream(expected.split(" ## ")).map(String::strip).toList(), split(text.strip()));
    }
}
