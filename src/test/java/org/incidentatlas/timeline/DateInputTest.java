package org.incidentatlas.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateInputTest {

    private Locale saved;

    @BeforeEach
    void useANonEnglishLocale() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("ru-RU"));
    }

    @AfterEach
    void restore() {
        Locale.setDefault(saved);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2005-03-21         | 2005-03-21
            21 March 2005      | 2005-03-21
            21 mar 2005        | 2005-03-21
            '  14  May 2010 '  | 2010-05-14
            'May 14, 2010'     | 2010-05-14
            14.05.2010         | 2010-05-14
            'Monday, 21 March 2005' | 2005-03-21
            """)
    void typedDatesAreUnderstood(String text, String expected) {
        assertEquals(Optional.of(LocalDate.parse(expected)), DateInput.parse(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            yesterday
            31 April 2010
            2005-13-01
            ''
            """)
    void nonDatesAreRefused(String text) {
        assertEquals(Optional.empty(), DateInput.parse(text));
    }
}
