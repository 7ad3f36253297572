package org.incidentatlas.ui.map;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import org.incidentatlas.rendering.Attribution;
import org.incidentatlas.rendering.MapTheme;
import org.incidentatlas.rendering.ScaleBar;
import org.incidentatlas.geo.Viewport;

/**
 * The map's furniture: a scale bar (bottom left) for the centre latitude, the data credits
 * (bottom right) and, when the user's base map was refused, a notice saying why (top).
 */
public final class MapChromeLayer extends ViewportLayer {

    private static final double MAX_BAR = 120;

    private final Line bar = new Line();
    private final Line leftTick = new Line();
    private final Line rightTick = new Line();
    private final Text barText = new Text();
    private final Label barPanel = new Label();
    private final Label attribution = new Label(Attribution.TEXT);
    private final Label notice = new Label();
    private ScaleBar scale;

    public MapChromeLayer() {
        setMouseTransparent(true);
        for (Line l : new Line[] {bar, leftTick, rightTick}) {
            l.setStrokeWidth(2);
        }
        barText.setFont(Font.font(11));
        attribution.setFont(Font.font(10));
        setTheme(MapTheme.LIGHT);
        attribution.setPadding(new Insets(1, 5, 1, 5));
        notice.setBackground(new Background(new BackgroundFill(Color.web("#fff4d6"), new CornerRadii(4), Insets.EMPTY)));
        notice.setTextFill(Color.web("#5a3d00"));
        notice.setPadding(new Insets(6, 10, 6, 10));
        notice.setWrapText(true);
        notice.setId("map-notice");
        notice.setVisible(false);
        getChildren().addAll(barPanel, bar, leftTick, rightTick, barText, attribution, notice);
    }

    /** The scale bar and credits in the colours of the map's light or dark style. */
    public void setTheme(MapTheme theme) {
        Color ink = FxColors.of(theme.ink());
        Background panel = new Background(new BackgroundFill(FxColors.of(theme.panel()), new CornerRadii(3), Insets.EMPTY));
        for (Line l : new Line[] {bar, leftTick, rightTick}) {
            l.setStroke(ink);
        }
        barText.setFill(ink);
        barPanel.setBackground(panel);
        attribution.setTextFill(ink);
        attribution.setBackground(panel);
    }

    /** Shows a message over the map (e.g. why the --basemap file is not used); an empty one hides it. */
    public void showNotice(String message) {
        notice.setText(message);
        // An empty message takes the notice away (another base map was chosen and is shown).
        notice.setVisible(!message.isBlank());
        markDirty();
    }

    /** Adds the credit the user's own base map requires (e.g. OpenStreetMap's) to the bundled ones; empty: none. */
    public void creditBasemap(java.util.Optional<String> credit) {
        attribution.setText(Attribution.TEXT + credit.map(c -> " · " + c).orElse(""));
        markDirty();
    }

    public String attributionText() {
        return attribution.getText();
    }

    /** The scale bar as last laid out (empty until the map is shown). */
    public java.util.Optional<ScaleBar> scaleBar() {
        return java.util.Optional.ofNullable(scale);
    }

    @Override
    protected void layoutIn(Viewport v) {
        scale = ScaleBar.fitting(v.centreLat(), v.zoom(), MAX_BAR);
        double x = 12, y = v.height() - 14;
        barPanel.resizeRelocate(x - 6, y - 20, scale.pixels() + 12, 28);
        bar.setStartX(x);
        bar.setStartY(y);
        bar.setEndX(x + scale.pixels());
        bar.setEndY(y);
        leftTick.setStartX(x);
        leftTick.setEndX(x);
        leftTick.setStartY(y - 5);
        leftTick.setEndY(y + 1);
        rightTick.setStartX(x + scale.pixels());
        rightTick.setEndX(x + scale.pixels());
        rightTick.setStartY(y - 5);
        rightTick.setEndY(y + 1);
        barText.setText(scale.label());
        barText.setX(x);
        barText.setY(y - 7);
        double aw = attribution.prefWidth(-1), ah = attribution.prefHeight(-1);
        attribution.resizeRelocate(v.width() - aw, v.height() - ah, aw, ah);
        if (notice.isVisible()) {
            double nw = Math.min(v.width() - 40, 640);
            double nh = notice.prefHeight(nw);
            notice.resizeRelocate((v.width() - nw) / 2, 12, nw, nh);
        }
    }
}
