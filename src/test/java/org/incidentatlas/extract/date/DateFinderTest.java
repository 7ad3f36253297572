package org.incidentatlas.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.incidentatlas.extract.text.Spaced;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateFinderTest {

    private final DateFinder finder = new DateFinder();

    /** Resolves the only date expression of {@code text}; the story's date is the day before publication. */
    private ResolvedDate only(String text, String published) {
        List<DateMention> found = finder.find(text);
        assertEquals(1, found.size(), () -> "in \"" + text + "\": " + found);
        LocalDate today = LocalDate.parse(published);
        return found.get(0).resolve(today, today.minusDays(1));
    }

    @ParameterizedTest(name = "{0} (published {1})")
    @CsvSource(delimiter = '|', textBlock = """
            They struck on 27 February.                 | 2005-03-21 | 2005-02-27 | DAY   | 27 February
            They struck on Feb. 27.                     | 2005-03-21 | 2005-02-27 | DAY   | Feb. 27
            They struck on March 21, 2005.              | 2010-05-15 | 2005-03-21 | DAY   | March 21, 2005
            Crowds gathered on May 13.                  | 2010-05-15 | 2010-05-13 | DAY   | May 13
            The uprising of April 7-8 left 86 dead.     | 2010-05-15 | 2010-04-07 | DAY   | April 7-8
            It was April 7 of this year.                | 2010-05-15 | 2010-04-07 | DAY   | April 7 of this year
            Filed 2010-05-14 by our desk.               | 2010-05-15 | 2010-05-14 | DAY   | 2010-05-14
            They stormed it on Friday.                  | 2010-05-15 | 2010-05-14 | DAY   | on Friday
            They stormed it Friday.                     | 2010-05-14 | 2010-05-14 | DAY   | Friday
            It happened late on Thursday.               | 2010-05-15 | 2010-05-13 | DAY   | late on Thursday
            Sunday's riot left 21 hurt.                 | 2005-03-21 | 2005-03-20 | DAY   | Sunday's
            On WEDNESDAY crowds rallied.                | 2010-06-02 | 2010-06-02 | DAY   | On WEDNESDAY
            Crowds gathered today.                      | 2010-06-02 | 2010-06-02 | DAY   | today
            Crowds gathered yesterday.                  | 2010-06-02 | 2010-06-01 | DAY   | yesterday
            Shots were fired overnight.                 | 2010-06-02 | 2010-06-01 | DAY   | overnight
            They had seized it the day before.          | 2010-06-02 | 2010-05-31 | DAY   | the day before
            They had seized it the previous evening.    | 2010-06-02 | 2010-05-31 | DAY   | the previous evening
            It came one day after the seizure.          | 2010-06-02 | 2010-05-31 | DAY   | one day after
            It was taken last week.                     | 2010-06-02 | 2010-05-26 | WEEK  | last week
            There were protests in recent days.         | 2010-06-02 | 2010-05-26 | WEEK  | in recent days
            He fled last month.                         | 2010-06-02 | 2010-05-01 | MONTH | last month
            He came to power in April.                  | 2010-05-15 | 2010-04-01 | MONTH | in April
            The unrest began early this month.          | 2005-03-21 | 2005-03-01 | MONTH | early this month
            The Tulip Revolution of 2005 failed.        | 2010-05-15 | 2005-01-01 | YEAR  | of 2005
            Protests are planned for May 17.            | 2010-05-15 | 2010-05-17 | DAY   | May 17
            """)
    void resolvesExpression(String text, String published, String expected, DatePrecision precision, String written) {
        ResolvedDate d = only(text, published);
        assertEquals(LocalDate.parse(expected), d.date());
        assertEquals(precision, d.precision());
        assertEquals(written.strip(), finder.find(text).get(0).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Police may use force.", "The crowd may 13 times have...", "Protests will march on.", "A 2,000-strong crowd.",
        "Sundays are quiet.", "Mark Friedman reported.", "They decided to march forward."})
    void ordinaryWordsAreNoDates(String text) {
        assertEquals(List.of(), finder.find(text).stream().filter(d -> d.kind() != DateMention.Kind.YEAR).toList(), text);
    }

    @Test
    void datesThatNameAnElectionAreModifiers() {
        assertTrue(finder.find("over the 27 February parliamentary elections").get(0).modifier());
        assertTrue(finder.find("breaches in the Feb. 27 parliamentary polls").get(0).modifier());
        assertTrue(!finder.find("stormed it on 27 February, police said").get(0).modifier());
    }

    @Test
    void decemberInAJanuaryReportIsLastYear() {
        assertEquals(LocalDate.of(2009, 12, 28), only("It happened on Dec. 28.", "2010-01-03").date());
    }

    @ParameterizedTest
    @ValueSource(strings = {"de-DE", "tr-TR", "ru-RU", "ar-EG", "th-TH-u-ca-buddhist"})
    void resolvesTheSameUnderAnyDefaultLocale(String tag) {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag(tag));
            assertEquals(LocalDate.of(2005, 2, 27), only("the Feb. 27 vote", "2005-03-21").date());
            assertEquals(LocalDate.of(2010, 5, 14), only("ON FRIDAY gunfire broke out", "2010-05-15").date());
            assertEquals(LocalDate.of(2010, 5, 13), only("late on Thursday", "2010-05-15").date());
            assertEquals(LocalDate.of(2005, 3, 21), only("21 March 2005", "2010-05-15").date());
            assertEquals("\"on Friday\": latest Friday on or before publication 2010-05-15",
                    only("on Friday", "2010-05-15").how());
        } finally {
            Locale.setDefault(saved);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            They marched on May{nl}14.                | 2010-05-15 | 2010-05-14 | May{nl}14
            They struck on 27{tab}FEBRUARY 2005.       | 2005-03-21 | 2005-02-27 | 27{tab}FEBRUARY 2005
            Shots rang out LATE ON{nl}FRIDAY.          | 2010-05-15 | 2010-05-14 | LATE ON{nl}FRIDAY
            Troops came THE DAY{tab}BEFORE.            | 2010-06-02 | 2010-05-31 | THE DAY{tab}BEFORE
            Stones were thrown LAST{nl}NIGHT.          | 2010-06-02 | 2010-06-01 | LAST{nl}NIGHT
            """)
    void datesAreReadAcrossLineBreaksAndTabsAndInCapitals(String written, String published, String expected,
                                                          String expression) {
        String text = Spaced.text(written);
        assertEquals(LocalDate.parse(expected), only(text, published).date());
        assertEquals(Spaced.text(expression.strip()), finder.find(text).get(0).text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            They came one day earlier this week.          | earlier this week
            It began the day before yesterday evening.   | the day before yesterday
            Crowds gathered EARLIER TODAY.                | EARLIER TODAY
            """)
    void ofOverlappingExpressionsTheLongestIsKept(String text, String kept) {
        assertEquals(List.of(kept.strip()), finder.find(text).stream().map(DateMention::text).toList());
    }
}
