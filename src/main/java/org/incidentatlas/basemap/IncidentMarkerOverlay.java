package org.incidentatlas.basemap;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.incidentatlas.geo.Viewport;
import org.incidentatlas.timeline.MarkerClusters;
import org.incidentatlas.timeline.MarkerClusters.Cluster;
import org.incidentatlas.timeline.MarkerIcon;
import org.incidentatlas.timeline.PlaceMarker;

/**
 * The incident markers of one day, painted with Java2D the way the app's marker layer shows them:
 * one disc per place (or group of nearby places) with the type's icon, sized by people hurt, a count
 * badge, earlier days faded and the day's own ringed.
 */
public final class IncidentMarkerOverlay implements MapOverlay {

    private static final Pattern PATH_DATA = Pattern.compile("\\sd=\"([^\"]+)\"");
    private static final Color BADGE = new Color(0x212529);

    private final List<PlaceMarker> markers;
    private final Map<MarkerIcon, Shape> icons;

    /** @param markers the day's markers, e.g. {@code MarkerIndex.markersAt(day, ViewMode.UP_TO_DAY)} */
    public IncidentMarkerOverlay(List<PlaceMarker> markers, Map<MarkerIcon, Shape> icons) {
        this.markers = List.copyOf(markers);
        this.icons = Map.copyOf(icons);
    }

    /** The marker icons from {@code /icons/*.svg} on the class path, as Java2D shapes on their 24 x 24 view box. */
    public static Map<MarkerIcon, Shape> bundledIcons() throws IOException {
        Map<MarkerIcon, Shape> shapes = new EnumMap<>(MarkerIcon.class);
        for (MarkerIcon icon : MarkerIcon.values()) {
            try (InputStream in = IncidentMarkerOverlay.class.getResourceAsStream(icon.resource())) {
                if (in == null) {
                    throw new IOException(icon.resource() + " is not bundled");
                }
                String svg = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                Matcher d = PATH_DATA.matcher(svg);
                if (!d.find()) {
                    throw new IOException(icon.resource() + " has no <path d=\"...\">");
                }
                shapes.put(icon, SvgPath.parse(d.group(1), svg.contains("fill-rule=\"evenodd\"")));
            }
        }
        return shapes;
    }

    @Override
    public void paint(Graphics2D g, Viewport v) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        for (Cluster cluster : new MarkerClusters().cluster(markers, projector(v), MarkerClusters.DEFAULT_GAP)) {
            paint(g, cluster);
        }
    }

    /** Where this overlay's markers land in a viewport, for placing the names around them. */
    public List<MarkerSpot> spots(Viewport v) {
        return MarkerSpot.forMarkers(markers, projector(v), null);
    }

    private static MarkerClusters.Projector projector(Viewport v) {
        return (lat, lon) -> new MarkerClusters.ScreenPoint(v.screenX(lon), v.screenY(lat));
    }

    private void paint(Graphics2D g, Cluster cluster) {
        PlaceMarker lead = cluster.leader();
        double r = lead.radius();
        double x = cluster.x();
        double y = cluster.y();
        boolean current = cluster.current();
        Color color = Color.decode(lead.icon().color());
        Graphics2D m = (Graphics2D) g.create();
        try {
            // Earlier days fade, as in the app.
            m.setComposite(java.awt.AlphaComposite.getInstance(java.awt.AlphaComposite.SRC_OVER, current ? 1f : 0.5f));
            if (current) {
                m.setColor(new Color(0, 0, 0, 60));
                m.fill(circle(x + 1, y + 2, r + 2));
                m.setColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 115));
                m.setStroke(new BasicStroke(3f));
                m.draw(circle(x, y, r + 3.5));
            }
            if (!cluster.isSingle()) {
                m.setColor(new Color(0x495057));
                m.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
                m.draw(circle(x, y, r + (current ? 7.5 : 4)));
            }
            m.setColor(color);
            m.fill(circle(x, y, r));
            m.setColor(Color.WHITE);
            m.setStroke(new BasicStroke(1.5f));
            m.draw(circle(x, y, r));
            Shape icon = icons.get(lead.icon());
            if (icon != null) {
                double size = r * 1.25;
                AffineTransform at = AffineTransform.getTranslateInstance(x, y);
                at.scale(size / 24, size / 24);
                at.translate(-12, -12);
                m.fill(at.createTransformedShape(icon));
            }
            int count = cluster.incidentCount();
            if (count > 1) {
                m.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 10));
                FontMetrics fm = m.getFontMetrics();
                String text = Integer.toString(count);
                double br = Math.max(8.5, fm.stringWidth(text) / 2.0 + 4);
                double bx = x + r * 0.75;
                double by = y - r * 0.75;
                m.setColor(BADGE);
                m.fill(circle(bx, by, br));
                m.setColor(Color.WHITE);
                m.setStroke(new BasicStroke(1.2f));
                m.draw(circle(bx, by, br));
                m.drawString(text, (float) (bx - fm.stringWidth(text) / 2.0), (float) (by + fm.getAscent() / 2.0 - 1));
            }
        } finally {
            m.dispose();
        }
    }

    private static Ellipse2D circle(double x, double y, double r) {
        return new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
    }

    /** How many incidents the overlay shows (for the command's summary line). */
    public int incidentCount() {
        return markers.stream().mapToInt(PlaceMarker::count).sum();
    }
}
