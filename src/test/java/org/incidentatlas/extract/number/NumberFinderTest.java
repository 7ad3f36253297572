package org.incidentatlas.extract.number;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.incidentatlas.extract.text.Spaced;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberFinderTest {

    private final NumberFinder finder = new NumberFinder();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            about 1,000 protesters      | about 1,000  | 1000
            10,000 opposition supporters| 10,000       | 10000
            one person                  | one          | 1
            at least 43 others          | at least 43  | 43
            some 30 others              | some 30      | 30
            two hundred men             | two hundred  | 200
            an estimated 5 thousand     | an estimated 5 thousand | 5000
            dozens of people            | dozens       | -
            several hundred people      | several hundred | -
            thousands of people         | thousands    | -
            """)
    void countsPeople(String text, String written, Integer value) {
        List<PeopleCount> counts = finder.counts(text);
        assertEquals(1, counts.size(), counts::toString);
        assertEquals(written.strip(), counts.get(0).text());
        assertEquals(value, counts.get(0).value());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            At least 14 police officers and 7 protesters were injured in the riot.              | -  | 21
            One person has been killed and many others injured.                                  | 1  | -
            At least one person has died and some 30 others were injured.                        | 1  | 30
            At least 43 others were injured, 26 of them with gunshot wounds.                     | -  | 43
            The clashes left at least 86 people dead.                                            | 86 | -
            Police opened fire, killing three protesters and injuring 12.                        | 3  | 12
            Two people were killed and 12 injured in Naryn.                                      | 2  | 12
            Dozens were hurt.                                                                    | -  | -
            The crowd of 2,000 marched 10 miles; nobody was hurt.                                | -  | -
            Four people died on 27 February.                                                     | 4  | -
            """)
    void readsKilledAndInjured(String sentence, Integer killed, Integer injured) {
        Casualties c = finder.casualties(sentence);
        assertEquals(killed, c.killed(), "killed");
        assertEquals(injured, c.injured(), "injured");
    }

    @ParameterizedTest
    @ValueSource(strings = {"de-DE", "fr-FR", "tr-TR", "ar-EG", "hi-IN"})
    void readsDigitsTheSameUnderAnyDefaultLocale(String tag) {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag(tag));
            assertEquals(1000, finder.counts("about 1,000 protesters").get(0).value());
            assertEquals(10000, finder.counts("10,000 supporters").get(0).value());
            assertEquals(21, finder.casualties("At least 14 police officers and 7 protesters were injured").injured());
            assertEquals(1, finder.casualties("ONE PERSON WAS KILLED").killed());
        } finally {
            Locale.setDefault(saved);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Clashes left two{nl}dead and 12 INJURED.                   | 2  | 12
            POLICE OPENED FIRE, KILLING{nl}THREE AND INJURING{tab}12.  | 3  | 12
            A{tab}DOZEN people were{nl}wounded.                        | -  | 12
            """)
    void readsKilledAndInjuredAcrossLineBreaksAndTabsAndInCapitals(String written, Integer killed, Integer injured) {
        Casualties c = finder.casualties(Spaced.text(written));
        assertEquals(killed, c.killed(), "killed");
        assertEquals(injured, c.injured(), "injured");
    }
}
