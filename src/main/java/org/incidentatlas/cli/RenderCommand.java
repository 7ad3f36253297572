package org.incidentatlas.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.incidentatlas.basemap.AttributionOverlay;
import org.incidentatlas.basemap.BasemapData;
import org.incidentatlas.basemap.BasemapRenderer;
import org.incidentatlas.basemap.BasemapStyle;
import org.incidentatlas.basemap.IncidentMarkerOverlay;
import org.incidentatlas.basemap.LabelPlacer;
import org.incidentatlas.basemap.MapOverlay;
import org.incidentatlas.basemap.MapPicture;
import org.incidentatlas.basemap.PlaceLabelOverlay;
import org.incidentatlas.basemap.ScaleBarOverlay;
import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.geo.Viewport;
import org.incidentatlas.io.ClasspathIncidentSource;
import org.incidentatlas.io.GeoJsonFormatException;
import org.incidentatlas.io.IncidentGeoJson;
import org.incidentatlas.timeline.IncidentFilter;
import org.incidentatlas.timeline.MarkerIndex;
import org.incidentatlas.timeline.MarkerPlanner;
import org.incidentatlas.timeline.Timeline;
import org.incidentatlas.timeline.ViewMode;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * Draws the map headless to a PNG, exactly as the app's Web-Mercator view centred on the same
 * point at the same zoom: base map, then the overlays (place names, scale bar, attribution).
 * With {@code --date}, the incident markers of that day are drawn on top exactly as the app shows
 * them in its default mode ("up to this day"): same selection, icons, sizes and grouping.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Draws the offline map around a point to a PNG (no window, no network).")
public final class RenderCommand implements Callable<Integer> {

    @Option(names = "--center", required = true, paramLabel = "LAT,LON", converter = LatLonConverter.class,
            description = "Centre of the picture, in decimal degrees, e.g. 40.53,72.80.")
    private LatLon centre;

    @Option(names = "--zoom", required = true, paramLabel = "Z",
            description = "Web-Mercator zoom (3-18; fractions allowed), as in the app.")
    private double zoom;

    @Option(names = "--size", defaultValue = "1024x768", paramLabel = "WxH", converter = SizeConverter.class,
            description = "Picture size in pixels (default: ${DEFAULT-VALUE}).")
    private Size size;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "PNG file to write.")
    private Path out;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Draw the incident markers of this day, as the app shows them (up to this day).")
    private LocalDate date;

    @Option(names = "--incidents", paramLabel = "FILE.geojson",
            description = "Incidents to draw with --date (default: the bundled data/events.geojson).")
    private Path incidents;

    private IncidentMarkerOverlay markers;

    @Override
    public Integer call() throws IOException {
        if (zoom < 0 || zoom > 22) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--zoom must be between 0 and 22, not " + zoom);
        }
        if (date != null && loadMarkers() != 0) {
            return 1;
        }
        Viewport view = Viewport.centredOn(centre.lat(), centre.lon(), zoom, size.width(), size.height());
        BufferedImage image = new MapPicture(overlays()).render(view);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(image, "png", out.toFile())) {
            throw new IOException("No PNG writer available to write " + out);
        }
        System.out.println("Wrote " + out + " (" + size.width() + "x" + size.height() + ", zoom " + zoom + ")"
                + (markers == null ? "" : "; " + date + ": " + markers.incidentCount() + " incidents, "
                + markers.currentCount() + " of them that day"));
        return 0;
    }

    /** Reads the incidents and keeps the markers of {@code --date}; 1 (after saying why) when it cannot. */
    int loadMarkers() throws IOException {
        Timeline timeline;
        try {
            timeline = new Timeline(incidents == null
                    ? new ClasspathIncidentSource(ClasspathIncidentSource.BUNDLED).load()
                    : new IncidentGeoJson().read(incidents));
        } catch (IOException | GeoJsonFormatException e) {
            // A missing or broken incident file is the user's to fix: say which and why, no stack trace.
            System.err.println("render: cannot read the incidents: " + (e instanceof java.nio.file.NoSuchFileException
                    ? e.getMessage() + " does not exist" : e.getMessage()));
            return 1;
        }
        if (!timeline.contains(date)) {
            String episodes = timeline.episodes().stream()
                    .map(e -> e.label() + " (" + e.firstDay() + " to " + e.lastDay() + ")")
                    .collect(Collectors.joining(", "));
            System.err.println("render: no incidents to show on " + date + "; the episodes are "
                    + (episodes.isEmpty() ? "none (the incident file is empty)" : episodes));
            return 1;
        }
        markers = new IncidentMarkerOverlay(
                new MarkerIndex(timeline, IncidentFilter.showAll(), new MarkerPlanner()).markersAt(date, ViewMode.UP_TO_DAY),
                IncidentMarkerOverlay.bundledIcons());
        return 0;
    }

    /** The picture's layers, bottom to top. */
    List<MapOverlay> overlays() {
        List<MapOverlay> layers = new ArrayList<>();
        layers.add(new BasemapRenderer(BasemapData.loadBundled(), BasemapStyle.PRINT));
        // Names go beside the markers (each marked place named, none under a marker).
        IncidentMarkerOverlay shown = markers;
        layers.add(new PlaceLabelOverlay(LabelPlacer.candidates(Gazetteer.bundled().places()),
                shown == null ? v -> List.of() : shown::spots));
        if (markers != null) {
            layers.add(markers);
        }
        layers.add(new ScaleBarOverlay());
        layers.add(new AttributionOverlay());
        return layers;
    }

    record LatLon(double lat, double lon) {
    }

    record Size(int width, int height) {
    }

    static final class LatLonConverter implements ITypeConverter<LatLon> {
        @Override
        public LatLon convert(String value) {
            String[] parts = value.split(",");
            if (parts.length != 2) {
                throw new picocli.CommandLine.TypeConversionException("expected LAT,LON such as 40.53,72.80, got '" + value + "'");
            }
            try {
                double lat = Double.parseDouble(parts[0].trim());
                double lon = Double.parseDouble(parts[1].trim());
                if (Math.abs(lat) > 85 || Math.abs(lon) > 180) {
                    throw new picocli.CommandLine.TypeConversionException("latitude/longitude out of range: '" + value + "'");
                }
                return new LatLon(lat, lon);
            } catch (NumberFormatException e) {
                throw new picocli.CommandLine.TypeConversionException("expected LAT,LON such as 40.53,72.80, got '" + value + "'");
            }
        }
    }

    static final class SizeConverter implements ITypeConverter<Size> {
        @Override
        public Size convert(String value) {
            String[] parts = value.toLowerCase(java.util.Locale.ROOT).split("x");
            try {
                int w = Integer.parseInt(parts[0].trim());
                int h = Integer.parseInt(parts[1].trim());
                if (parts.length != 2 || w < 16 || h < 16 || w > 10_000 || h > 10_000) {
                    throw new NumberFormatException();
                }
                return new Size(w, h);
            } catch (RuntimeException e) {
                throw new picocli.CommandLine.TypeConversionException("expected WxH between 16 and 10000 pixels, such as 1200x800, got '" + value + "'");
            }
        }
    }
}
