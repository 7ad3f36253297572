package org.incidentatlas.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextCleanerTest {

    private final TextCleaner cleaner = new TextCleaner();

    private List<String> kept(String body) {
        return cleaner.clean(body).paragraphs().stream().map(Paragraph::text).toList();
    }

    @Test
    void paragraphRepeatingAnEarlierOneIsDropped() {
        String body = "Crowds seized the mayor's office in Talas.\nPolice fled.\nCrowds seized the mayor's office in Talas.\n";
        assertEquals(List.of("Crowds seized the mayor's office in Talas.", "Police fled."), kept(body));
        assertEquals("repeats an earlier paragraph", cleaner.clean(body).dropped().get(0).reason());
    }

    @Test
    void teaserRunAfterFeaturedOnIsDropped() {
        String body = "Clashes broke out in Naryn.\n\nPolice arrived.\n\nAl Jazeera and agencies\nTopics in this article\n"
                + "Featured on Al Jazeera\nFighters battle for a town as thousands flee.\nA new game lets you investigate.\n";
        assertEquals(List.of("Clashes broke out in Naryn.", "Police arrived."), kept(body));
    }

    @Test
    void linkListUnderInDepthIsDropped() {
        String body = "Gunfire broke out in Uzgen.\n\nin depth\n\n  Kyrgyzstan's hollow revolution\n  Profile: A leader\n\n"
                + "  Inside Story\n  Behind the unrest\n\nAbout 4,000 people arrived early on Friday.\n";
        assertEquals(List.of("Gunfire broke out in Uzgen.", "About 4,000 people arrived early on Friday."), kept(body));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            For more on the situation, see Kyrgyz Police Battle With Protesters In Southern Cities
            Last Modified: 15 May 2010 15:43 GMT
            Read more: Protesters storm the governor's office
            CLICK HERE for the latest pictures from the southern regions of the country
            Reporting by Olga Dzyubenko in Bishkek and Dmitry Solovyov in Almaty; editing by someone else entirely
            (Reporting by a correspondent in Osh, with additional reporting by another in Jalal-Abad and Bishkek)
            © 2010 The Associated Press. All rights reserved. This material may not be published or broadcast
            Copyright 2005 Radio Free Europe / Radio Liberty, all of its articles and photographs included
            Reuters and agencies
            All rights reserved.
            """)
    void navigationAndTimeStampLinesAreDropped(String line) {
        assertEquals(List.of("Clashes broke out in Naryn."), kept("Clashes broke out in Naryn.\n" + line + "\n"));
    }

    @Test
    void captionsAndHeadingsAreKeptAsWeakerEvidence() {
        CleanText clean = cleaner.clean("Protesters storm offices\n\nTensions are high since the clashes [AFP]\n\n"
                + "Protesters stormed the offices in Talas.\n");
        assertEquals(Paragraph.Kind.HEADING, clean.paragraphs().get(0).kind());
        assertEquals(Paragraph.Kind.CAPTION, clean.paragraphs().get(1).kind());
        assertEquals(Paragraph.Kind.BODY, clean.paragraphs().get(2).kind());
        assertTrue(clean.paragraphs().get(1).weak());
        assertFalse(clean.paragraphs().get(2).weak());
    }

    @Test
    void everyCleanOffsetMapsBackToTheSameCharacterOfTheBody() {
        String body = "  Intro\u00a0line with a no-break space.\nIntro\u00a0line with a no-break space.\n\n"
                + "It’s “quoted”.\n\nLast Modified: today\n\nEnd.\n";
        CleanText clean = cleaner.clean(body);
        for (int i = 0; i < clean.text().length(); i++) {
            char c = clean.text().charAt(i);
            if (c == '\n') {
                continue;
            }
            char o = body.charAt(clean.toOriginal(i));
            assertTrue(c == o || c == ' ' && o == '\u00a0' || c == '\'' && o == '’' || c == '"' && (o == '“' || o == '”'),
                    "offset " + i + ": " + c + " vs " + o);
        }
        assertEquals(3, clean.paragraphs().size());
    }

    @Test
    void hardWrappedLinesJoinIntoOneParagraph() {
        String body = "Thousands of opposition activists stormed three government buildings in the\n"
                + "southern city of Osh on Monday.\nA second paragraph.\n";
        assertEquals(2, kept(body).size());
        assertTrue(kept(body).get(0).endsWith("on Monday."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"LAST MODIFIED:\t15 May 2010 15:43 GMT", "REUTERS AND AGENCIES",
        "(REPORTING BY\tA CORRESPONDENT IN OSH)", "Source:\tagencies and our reporters in the south of the country"})
    void timeStampAndCreditLinesInCapitalsOrWithTabsAreDropped(String line) {
        assertEquals(List.of("Clashes broke out in Naryn."), kept("Clashes broke out in Naryn.\n" + line + "\n"));
    }
}
