package org.incidentatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.incidentatlas.extract.FakePlaceFinder;
import org.incidentatlas.io.IncidentGeoJson;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class ExtractCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new ExtractCommand(FakePlaceFinder::new));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private Path article(String name, String published, String body) throws IOException {
        String header = "---\ntitle:\noutlet: Test Wire\npublished: " + published + "\ndateline:\nurl:\n---\n";
        return Files.write(dir.resolve(name), (header + body).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writesGeoJsonToStdoutWithTheArticleIdAsSource() throws Exception {
        article("talas_1.txt", "2010-05-14", "Protesters stormed the regional administration building in Talas on Thursday.\n");
        assertEquals(0, run(dir.toString()));
        List<Incident> incidents = new IncidentGeoJson().read(
                new java.io.ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)), "stdout",
                id -> java.util.Optional.empty());
        assertEquals(1, incidents.size());
        assertEquals("2010-05-13-seizure-talas", incidents.get(0).id());
        assertEquals("talas_1", incidents.get(0).sources().get(0).article());
    }

    @Test
    void articleWithoutPublishedDateIsNamedOnStderrAndTheOthersAreStillExtracted() throws Exception {
        article("good.txt", "2010-05-14", "Gunfire broke out in Uzgen on Friday.\n");
        Path undated = article("undated.txt", "", "Gunfire broke out in Naryn on Friday.\n");
        Path geojson = dir.resolve("out/events.geojson");
        assertEquals(ExtractCommand.SOME_SKIPPED, run(dir.toString(), "--out", geojson.toString()));
        assertTrue(err.toString().contains(undated + ": has no 'published' date"), err.toString());
        List<Incident> incidents = new IncidentGeoJson().read(geojson);
        assertEquals(List.of("2010-05-14-clash-uzgen"), incidents.stream().map(Incident::id).toList());
        assertEquals("", out.toString());
    }

    @Test
    void savedPagesAndMarkdownReportsAreExtractedLikeTextAndAnUndatedOneIsToldTheDateItsNameSuggests() throws Exception {
        Files.writeString(dir.resolve("talas.html"), "<html><head><meta property=\"article:published_time\" content=\"2010-05-14\">"
                + "<meta property=\"og:site_name\" content=\"Test Wire\"></head><body><nav>Menu</nav><article>"
                + "<p>Protesters stormed the regional administration building in Talas on Thursday.</p></article></body></html>");
        Files.writeString(dir.resolve("uzgen.md"), "---\ndate: 2010-05-14\n---\n# Uzgen\n\nGunfire broke out in **Uzgen** on Friday.\n");
        Path undated = Files.writeString(dir.resolve("2010-05-15-naryn.md"), "# Naryn\n\nGunfire broke out in Naryn on Friday.\n");
        Path geojson = dir.resolve("events.geojson");
        assertEquals(ExtractCommand.SOME_SKIPPED, run(dir.toString(), "--out", geojson.toString()));
        List<Incident> incidents = new IncidentGeoJson().read(geojson);
        assertEquals(List.of("2010-05-13-seizure-talas", "2010-05-14-clash-uzgen"), incidents.stream().map(Incident::id).toList());
        assertEquals("Test Wire", incidents.get(0).sources().get(0).outlet());
        assertTrue(err.toString().contains(undated + ": has no 'published' date in its header; relative dates cannot be"
                + " resolved, so it was not extracted (the file name suggests 2010-05-15;"), err.toString());
    }

    @Test
    void theStudyAreaDecidesWhichCountriesEventsAreCoded() throws Exception {
        article("border.txt", "2005-05-16", "Troops opened fire on protesters in Andijan on Friday."
                + " Clashes broke out in Osh on Saturday.\n");
        assertEquals(0, run("--explain", dir.toString()));
        assertTrue(out.toString().contains("2005-05-14-clash-osh"), out.toString());
        assertFalse(out.toString().contains("-clash-andijan "), out.toString());
        assertTrue(out.toString().contains("outside the study area KG"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("--explain", "--area", "kg,UZ", dir.toString()));
        assertTrue(out.toString().contains("2005-05-13-clash-andijan"), out.toString());
    }

    @Test
    void aBadStudyAreaIsOneLineNamingTheCode() throws Exception {
        article("osh.txt", "2005-05-16", "Clashes broke out in Osh on Saturday.\n");
        assertEquals(2, run("--area", "KG,Uzbekistan", dir.toString()));
        assertTrue(err.toString().contains("\"Uzbekistan\" is not a two-letter country code"), err.toString());
    }

    @Test
    void missingInputIsReportedAndNothingToExtractFails() {
        assertEquals(ExtractCommand.FAILED, run(dir.resolve("nope").toString()));
        assertTrue(err.toString().contains("nope: does not exist"), err.toString());
    }

    @Test
    void explainShowsTriggerRulePlaceAndDate() throws Exception {
        article("karakol.txt", "2005-03-21", "KARAKOL, March 21 (AP) -- Hundreds of protesters barged into the governor's office"
                + " in Karakol on Sunday. They were ejected from the building by police on Monday.\n");
        assertEquals(0, run("--explain", dir.toString()));
        String text = out.toString();
        assertTrue(text.contains("2005-03-20-seizure-karakol"), text);
        assertTrue(text.contains("rule: seizure: barged into"), text);
        assertTrue(text.contains("2005-03-21-seizure-karakol  seizure (retaken)"), text);
        assertTrue(text.contains("\"on Sunday\": latest Sunday on or before publication 2005-03-21"), text);
        assertTrue(text.contains("continues the story of"), text);
    }

    @Test
    void bundledEventsFileIsWhatExtractionOfTheBundledArticlesGives() throws Exception {
        CommandLine cli = new CommandLine(new ExtractCommand());
        StringWriter fresh = new StringWriter();
        cli.setOut(new PrintWriter(fresh));
        cli.setErr(new PrintWriter(new StringWriter()));
        assertEquals(0, cli.execute("data/articles"));
        assertEquals(Files.readString(Path.of("data/events.geojson")), fresh.toString(),
                "data/events.geojson is stale: regenerate it with `extract data/articles --out data/events.geojson`");
        assertEquals(14, new IncidentGeoJson().read(Path.of("data/events.geojson")).size());
    }
}
