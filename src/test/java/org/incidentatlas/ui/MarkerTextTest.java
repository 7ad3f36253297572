package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The words of the excerpt panel's numbers, as a reader sees them. */
class MarkerTextTest {

    @Test
    void crowdsReadAsEstimatesWithThousandsSeparated() {
        assertEquals("about 10,000", MarkerText.crowd(10_000));
        assertEquals("about 200", MarkerText.crowd(200));
        assertEquals("", MarkerText.crowd(null));
    }

    @Test
    void oneReportsNumbersJoinCasualtiesAndCrowd() {
        assertEquals("1 killed, 30 injured", MarkerText.numbers(1, 30, null));
        assertEquals("crowd: about 2,000", MarkerText.numbers(null, null, 2000));
        assertEquals("7 injured, crowd: about 1,000", MarkerText.numbers(null, 7, 1000));
        assertEquals("", MarkerText.numbers(null, null, null));
    }
}
