package org.incidentatlas.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.incidentatlas.model.Episode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EpisodeComparisonTest {

    private static final Episode MARCH_2005 = new Episode("March 2005", LocalDate.of(2005, 3, 18), LocalDate.of(2005, 3, 21));
    private static final Episode MAY_2010 = new Episode("May 2010", LocalDate.of(2010, 5, 13), LocalDate.of(2010, 5, 14));
    private final EpisodeComparison pair = new EpisodeComparison(MARCH_2005, MAY_2010);

    @ParameterizedTest(name = "day {0}: {1} and {2}")
    @CsvSource(textBlock = """
            1, 2005-03-18, 2010-05-13
            2, 2005-03-19, 2010-05-14
            3, 2005-03-20, 2010-05-14
            4, 2005-03-21, 2010-05-14
            """)
    void dayNumbersCountFromEachEpisodesStartAndTheShorterOneHoldsItsLastDay(int day, LocalDate left, LocalDate right) {
        assertEquals(left, pair.leftDay(day));
        assertEquals(right, pair.rightDay(day));
        assertEquals(day, pair.dayNumberOfLeft(left));
    }

    @Test
    void theComparisonLastsAsLongAsTheLongerEpisode() {
        assertEquals(4, pair.days());
        assertEquals(4, new EpisodeComparison(MAY_2010, MARCH_2005).days());
        assertTrue(EpisodeComparison.over(MAY_2010, 3));
        assertThrows(IllegalArgumentException.class, () -> pair.leftDay(5));
        assertThrows(IllegalArgumentException.class, () -> pair.leftDay(0));
    }

    @Test
    void theDefaultPairIsTheFirstTwoEpisodes() {
        assertEquals(pair, EpisodeComparison.firstTwo(List.of(MARCH_2005, MAY_2010)));
        assertEquals(new EpisodeComparison(MAY_2010, MAY_2010), EpisodeComparison.firstTwo(List.of(MAY_2010)));
        assertThrows(IllegalArgumentException.class, () -> EpisodeComparison.firstTwo(List.of()));
    }
}
