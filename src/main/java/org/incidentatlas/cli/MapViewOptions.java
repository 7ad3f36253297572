package org.incidentatlas.cli;

import org.incidentatlas.geo.Viewport;
import org.incidentatlas.rendering.BasemapRenderer;
import org.incidentatlas.rendering.MapTheme;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The view a picture shows, declared once for {@code render}, {@code animate} and {@code compare}
 * (a picocli mixin): its centre, its zoom (one of those the map is drawn for) and its style. The
 * picture's size stays each command's own, as its default and meaning differ.
 */
final class MapViewOptions {

    @Option(names = "--center", required = true, paramLabel = "LAT,LON", converter = LatLonConverter.class,
            description = "Centre of the view, in decimal degrees, e.g. 40.53,72.80.")
    private LatLon centre;

    @Option(names = "--zoom", required = true, paramLabel = "Z",
            description = "Web-Mercator zoom from 3 to 18 (fractions allowed), as in the app.")
    private double zoom;

    @Option(names = "--dark", description = "Draw the map in the app's dark style.")
    private boolean dark;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    /** Refuses, as a usage error of the command, a zoom the map is not drawn for. */
    void check() {
        if (!(zoom >= BasemapRenderer.MIN_ZOOM && zoom <= BasemapRenderer.MAX_ZOOM)) {
            throw new ParameterException(command.commandLine(), "--zoom must be a number from "
                    + BasemapRenderer.MIN_ZOOM + " to " + BasemapRenderer.MAX_ZOOM + ", not " + zoom);
        }
    }

    /** The view of a picture {@code width} by {@code height} pixels. */
    Viewport viewport(int width, int height) {
        return Viewport.centredOn(centre.lat(), centre.lon(), zoom, width, height);
    }

    double zoom() {
        return zoom;
    }

    MapTheme theme() {
        return MapTheme.of(dark);
    }

    record LatLon(double lat, double lon) {
        /**
         * As typed: "41.25,74.8". Written out because picocli prints every option's value as it sets it,
         * and a record's generated toString costs 20-30 ms of CPU when first called in a process
         * (its bootstrap builds method handles), a fortieth of a whole {@code render}.
         */
        @Override
        public String toString() {
            return lat + "," + lon;
        }
    }

    static final class LatLonConverter implements ITypeConverter<LatLon> {
        @Override
        public LatLon convert(String value) {
            String[] parts = value.split(",");
            if (parts.length != 2) {
                throw new TypeConversionException("expected LAT,LON such as 40.53,72.80, got '" + value + "'");
            }
            try {
                double lat = Double.parseDouble(parts[0].trim());
                double lon = Double.parseDouble(parts[1].trim());
                if (!(Math.abs(lat) <= 85) || !(Math.abs(lon) <= 180)) {
                    throw new TypeConversionException("latitude/longitude out of range: '" + value + "'");
                }
                return new LatLon(lat, lon);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("expected LAT,LON such as 40.53,72.80, got '" + value + "'");
            }
        }
    }
}
