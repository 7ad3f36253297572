package org.incidentatlas.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;

import org.incidentatlas.article.ArticleReader;
import org.incidentatlas.model.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Golden test over the five reports of the corpus: every place mention, in order, with the id it
 * must resolve to. Written from reading the reports, not from the geocoder's output.
 */
class GeocoderCorpusTest {

    private static final String OSH = "geonames:1527534";
    private static final String JALAL_ABAD = "geonames:1528249";
    private static final String BISHKEK = "geonames:1528675";
    private static final String BATKEN = "geonames:1528735";
    private static final String MOSCOW = "geonames:524901";
    private static final String WASHINGTON = "geonames:4140963";
    private static final String TEYIT = "manual:teyit";
    private static final String KG = "country:KG";

    private static Geocoder geocoder;

    @BeforeAll
    static void loadBundledGazetteer() {
        geocoder = new Geocoder(Gazetteer.bundled());
    }

    private static List<PlaceMention> mentionsIn(String article) throws Exception {
        String resource = "/data/articles/" + article + ".txt";
        try (InputStream in = GeocoderCorpusTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is on the classpath");
            Article a = new ArticleReader().read(article, resource, in);
            return geocoder.find(a.body());
        }
    }

    private static List<String> surfaceAndId(List<PlaceMention> mentions) {
        return mentions.stream().map(m -> m.surface() + "=" + m.place().id()).toList();
    }

    @Test
    void foxNewsOsh2005() throws Exception {
        assertEquals(List.of(
                "Kyrgyzstan=" + KG,
                "Osh=" + OSH, // "the southern Kyrgyz city of Osh": "Kyrgyz" is an adjective, not a place
                "Osh=" + OSH,
                "Bishkek=" + BISHKEK,
                "Osh=" + OSH,
                "Osh=" + OSH,
                "Jalal-Abad=" + JALAL_ABAD,
                "Bishkek=" + BISHKEK,
                "Kyrgyzstan=" + KG,
                "Georgia=country:GE",
                "Ukraine=country:UA",
                "U.S.=country:US"), surfaceAndId(mentionsIn("000_eeaf84d5f8c5e0cc")));
    }

    @Test
    void rferlOsh2005WithItsRepeatedBody() throws Exception {
        assertEquals(List.of(
                "Jalal-Abad=" + JALAL_ABAD,
                "Jalal-Abad=" + JALAL_ABAD,
                "U.S.=country:US",
                "Kyrgyzstan=" + KG, // "RFE/RL's dedicated website Kyrgyzstan Votes 2005"
                "Jalal-Abad=" + JALAL_ABAD,
                "U.S.=country:US",
                "Kyrgyzstan=" + KG), surfaceAndId(mentionsIn("001_0771a31819724d96")));
    }

    @Test
    void alJazeera2005() throws Exception {
        assertEquals(List.of(
                "Moscow=" + MOSCOW,
                "Bishkek=" + BISHKEK,
                "Kyrgyzstan=" + KG,
                "Jalalabad=" + JALAL_ABAD,
                "Osh=" + OSH,
                "Kyrgyzstan=" + KG, // "Kyrgyzstan’s two-round parliamentary poll"
                "Bishkek=" + BISHKEK,
                "Ukraine=country:UA", // "Ukraine’s Orange Revolution"
                "Kyrgyzstan=" + KG,
                "Ukraine=country:UA",
                "Georgia=country:GE",
                "Kyrgyzstan=" + KG), surfaceAndId(mentionsIn("002_216afce9912095f9")));
    }

    @Test
    void alJazeera2010WithPageFurniture() throws Exception {
        assertEquals(List.of(
                "Kyrgyzstan=" + KG,
                "Kyrgyzstan=" + KG,
                "Kyrgyzstan=" + KG,
                "Jalal'abad=" + JALAL_ABAD,
                "Osh=" + OSH,
                "Jalal'abad=" + JALAL_ABAD,
                "Kyrgyzstan=" + KG,
                "Russia=country:RU",
                "Kyrgyzstan=" + KG,
                "Kyrgyzstan=" + KG,
                "Kyrgyzstan=" + KG,
                "Bishkek=" + BISHKEK,
                "Jalal'abad=" + JALAL_ABAD,
                "Osh=" + OSH,
                "Batken=" + BATKEN,
                "Bishkek=" + BISHKEK,
                "Teyit=" + TEYIT,
                "Jalal'abad=" + JALAL_ABAD,
                "Jalal'abad=" + JALAL_ABAD,
                "Kyrgyzstan=" + KG,
                "Belarus=country:BY",
                "Osh=" + OSH,
                "Jalal'abad=" + JALAL_ABAD,
                "Batken=" + BATKEN,
                "Osh=" + OSH,
                "Jalal'abad=" + JALAL_ABAD,
                "US=country:US", // the unrelated "Featured on Al Jazeera" links: still a place
                "US=country:US"), surfaceAndId(mentionsIn("003_c1c37557c788baf7")));
    }

    @Test
    void voiceOfAmerica2010() throws Exception {
        assertEquals(List.of(
                "Kyrgyzstan=" + KG,
                "Kyrgyzstan=" + KG,
                "Osh=" + OSH,
                "Kyrgyzstan=" + KG,
                "Kyrgyzstan=" + KG,
                "Belarus=country:BY",
                "Bishkek=" + BISHKEK,
                "Kyrgyzstan=" + KG,
                "Jala-Abad=" + JALAL_ABAD, // a typo of one letter
                "Kyrgyzstan=" + KG,
                "United States=country:US",
                "Russia=country:RU",
                "Moscow=" + MOSCOW,
                "Washington=" + WASHINGTON,
                "Bishkek=" + BISHKEK), surfaceAndId(mentionsIn("004_0c0d1adcbb4a71ad")));
    }

    @Test
    void foreignPlacesAreRecognisedButOutsideTheMap() throws Exception {
        List<PlaceMention> all = new java.util.ArrayList<>();
        for (String article : List.of("000_eeaf84d5f8c5e0cc", "002_216afce9912095f9", "003_c1c37557c788baf7",
                "004_0c0d1adcbb4a71ad")) {
            all.addAll(mentionsIn(article));
        }
        for (PlaceMention m : all) {
            boolean foreign = !m.place().countryCode().equals("KG");
            assertEquals(!foreign, m.inMapArea(), m.surface() + " in map area");
        }
        assertTrue(all.stream().anyMatch(m -> m.place().id().equals(MOSCOW) && !m.inMapArea()));
        PlaceMention moscow = all.stream().filter(m -> m.place().id().equals(MOSCOW)).findFirst().orElseThrow();
        assertEquals("RU", moscow.place().countryCode(), "Moscow is Russia's capital, not a US town");
    }

    @Test
    void theFourSpellingsOfJalalAbadAreOnePlace() throws Exception {
        List<String> spellings = new java.util.ArrayList<>();
        for (String article : List.of("000_eeaf84d5f8c5e0cc", "002_216afce9912095f9", "003_c1c37557c788baf7",
                "004_0c0d1adcbb4a71ad")) {
            mentionsIn(article).stream().filter(m -> m.place().id().equals(JALAL_ABAD))
                    .map(PlaceMention::surface).distinct().forEach(spellings::add);
        }
        assertEquals(List.of("Jalal-Abad", "Jalalabad", "Jalal'abad", "Jala-Abad"), spellings);
    }

    @Test
    void spansPointAtTheTextAndLeavePossessivesOut() throws Exception {
        String text = "Kyrgyzstan’s interim government; Russia's growing influence.";
        List<PlaceMention> mentions = geocoder.find(text);
        assertEquals(2, mentions.size());
        for (PlaceMention m : mentions) {
            assertEquals(m.surface(), text.substring(m.start(), m.end()));
        }
        assertEquals("Kyrgyzstan", mentions.get(0).surface());
        assertEquals("Russia", mentions.get(1).surface());
        assertFalse(mentions.get(1).inMapArea());
    }
}
