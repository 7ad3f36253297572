package org.incidentatlas.rendering;

import java.awt.AlphaComposite;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.incidentatlas.geo.Viewport;
import org.incidentatlas.markers.MarkerClusters.Cluster;
import org.incidentatlas.markers.MarkerClusters;
import org.incidentatlas.markers.MarkerGeometry;
import org.incidentatlas.markers.MarkerIcons;
import org.incidentatlas.markers.MarkerLayout;
import org.incidentatlas.markers.PlaceMarker;
import org.incidentatlas.model.IncidentKind;

/**
 * The incident markers of one day, painted with Java2D the way the app's marker layer shows them
 * ({@link MarkerGeometry}): one disc per place (or group of nearby places) with the icon of its most
 * important kind and the other kinds fanned beside it, sized by people hurt, a count badge, earlier
 * days faded and the day's own ringed.
 */
public final class IncidentMarkerOverlay implements MapOverlay {

    private static final Color BADGE = new Color(0x212529);
    private static final Color GROUP_RING = new Color(0x495057);

    private final List<PlaceMarker> markers;
    private final Map<IncidentKind, Shape> icons;
    /** The layout of the last viewport asked for: names and markers of one picture share it. */
    private Viewport laidOutFor;
    private MarkerLayout layout;

    /**
     * @param markers the day's markers, e.g. {@code MarkerIndex.markersAt(day, ViewMode.UP_TO_DAY)}
     * @param icons   a shape for every kind ({@link #bundledIcons})
     */
    public IncidentMarkerOverlay(List<PlaceMarker> markers, Map<IncidentKind, Shape> icons) {
        this.markers = List.copyOf(markers);
        this.icons = Map.copyOf(icons);
        for (IncidentKind kind : IncidentKind.all()) {
            if (!this.icons.containsKey(kind)) {
                throw new IllegalArgumentException("no icon shape for " + kind.label());
            }
        }
    }

    /** The bundled marker icons as Java2D shapes on their 24 x 24 view box. */
    public static Map<IncidentKind, Shape> bundledIcons() throws IOException {
        MarkerIcons icons = MarkerIcons.bundled();
        Map<IncidentKind, Shape> shapes = new LinkedHashMap<>();
        for (IncidentKind kind : IncidentKind.all()) {
            MarkerIcons.Icon icon = icons.of(kind);
            shapes.put(kind, SvgPath.parse(icon.pathData(), icon.evenOdd()));
        }
        return shapes;
    }

    /** The markers clustered as drawn in a viewport; computed once per viewport. */
    public synchronized MarkerLayout layout(Viewport v) {
        // The same object first: a record's generated equals costs 5-15 ms when first called in a process.
        if (layout == null || v != laidOutFor && !v.equals(laidOutFor)) {
            layout = MarkerLayout.of(markers, projector(v), null);
            laidOutFor = v;
        }
        return layout;
    }

    @Override
    public void paint(Graphics2D g, Viewport v) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        for (Cluster cluster : layout(v).clusters()) {
            paint(g, cluster);
        }
    }

    /** Where this overlay's markers land in a viewport, for placing the names around them. */
    public List<MarkerSpot> spots(Viewport v) {
        return MarkerSpot.of(layout(v));
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
        List<IncidentKind> kinds = cluster.kinds();
        Color color = Color.decode(kinds.get(0).color());
        Graphics2D m = (Graphics2D) g.create();
        try {
            // Earlier days fade, as in the app.
            m.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, current ? 1f : 0.5f));
            if (current) {
                m.setColor(new Color(0, 0, 0, 60));
                m.fill(circle(x + 1, y + 2, r + 2));
                m.setColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 115));
                m.setStroke(new BasicStroke((float) MarkerGeometry.TODAY_RING_WIDTH));
                m.draw(circle(x, y, MarkerGeometry.todayRingRadius(r)));
            }
            if (!cluster.isSingle()) {
                m.setColor(GROUP_RING);
                float[] dashes = new float[MarkerGeometry.GROUP_RING_DASHES.size()];
                for (int i = 0; i < dashes.length; i++) {
                    dashes[i] = MarkerGeometry.GROUP_RING_DASHES.get(i).floatValue();
                }
                m.setStroke(new BasicStroke((float) MarkerGeometry.GROUP_RING_WIDTH, BasicStroke.CAP_BUTT,
                        BasicStroke.JOIN_MITER, 10f, dashes, 0f));
                m.draw(circle(x, y, MarkerGeometry.groupRingRadius(r, current)));
            }
            for (MarkerGeometry.KindDisc<IncidentKind> d : MarkerGeometry.discs(r, kinds)) {
                disc(m, d.kind(), x + d.dx(), y + d.dy(), d.radius(), d.iconSize());
            }
            int count = cluster.incidentCount();
            if (count > 1) {
                m.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) MarkerGeometry.BADGE_FONT_SIZE));
                FontMetrics fm = m.getFontMetrics();
                String text = Integer.toString(count);
                double br = MarkerGeometry.badgeRadius(fm.stringWidth(text));
                double bx = x + MarkerGeometry.badgeDx(r);
                double by = y + MarkerGeometry.badgeDy(r);
                m.setColor(BADGE);
                m.fill(circle(bx, by, br));
                m.setColor(Color.WHITE);
                m.setStroke(new BasicStroke((float) MarkerGeometry.BADGE_STROKE));
                m.draw(circle(bx, by, br));
                m.drawString(text, (float) (bx - fm.stringWidth(text) / 2.0), (float) (by + fm.getAscent() / 2.0 - 1));
            }
        } finally {
            m.dispose();
        }
    }

    /** One kind's disc with its white outline and icon. */
    private void disc(Graphics2D m, IncidentKind kind, double x, double y, double r, double iconSize) {
        m.setColor(Color.decode(kind.color()));
        m.fill(circle(x, y, r));
        m.setColor(Color.WHITE);
        m.setStroke(new BasicStroke((float) MarkerGeometry.DISC_STROKE));
        m.draw(circle(x, y, r));
        AffineTransform at = AffineTransform.getTranslateInstance(x, y);
        at.scale(iconSize / MarkerIcons.VIEW_BOX, iconSize / MarkerIcons.VIEW_BOX);
        at.translate(-MarkerIcons.VIEW_BOX / 2, -MarkerIcons.VIEW_BOX / 2);
        m.fill(at.createTransformedShape(icons.get(kind)));
    }

    private static Ellipse2D circle(double x, double y, double r) {
        return new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
    }

    /** How many incidents the overlay shows (for the command's summary line). */
    public int incidentCount() {
        return markers.stream().mapToInt(PlaceMarker::count).sum();
    }
}
