package org.incidentatlas.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import javax.imageio.ImageIO;

import org.incidentatlas.basemap.AttributionOverlay;
import org.incidentatlas.basemap.BasemapData;
import org.incidentatlas.basemap.BasemapRenderer;
import org.incidentatlas.basemap.BasemapStyle;
import org.incidentatlas.basemap.MapOverlay;
import org.incidentatlas.basemap.MapPicture;
import org.incidentatlas.basemap.PlaceLabelOverlay;
import org.incidentatlas.basemap.ProvisionalPlaces;
import org.incidentatlas.basemap.ScaleBarOverlay;
import org.incidentatlas.geo.Viewport;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * Draws the map headless to a PNG, exactly as the app's Web-Mercator view centred on the same
 * point at the same zoom: base map, then the overlays (place names, scale bar, attribution).
 * Later commands add incident markers by appending overlays to {@link #overlays}.
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

    @Override
    public Integer call() throws IOException {
        if (zoom < 0 || zoom > 22) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--zoom must be between 0 and 22, not " + zoom);
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
        System.out.println("Wrote " + out + " (" + size.width() + "x" + size.height() + ", zoom " + zoom + ")");
        return 0;
    }

    /** The picture's layers, bottom to top. */
    List<MapOverlay> overlays() {
        List<MapOverlay> layers = new ArrayList<>();
        layers.add(new BasemapRenderer(BasemapData.loadBundled(), BasemapStyle.PRINT));
        layers.add(new PlaceLabelOverlay(ProvisionalPlaces.places()));
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
