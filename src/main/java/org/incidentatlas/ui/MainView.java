package org.incidentatlas.ui;

import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;

import javafx.scene.layout.BorderPane;

/** The main window's content: the map. */
public class MainView extends BorderPane {

    /** Southern Kyrgyzstan, with Osh, Jalal-Abad, Batken and Bishkek in view. */
    static final MapPoint HOME = new MapPoint(41.35, 72.6);
    static final double HOME_ZOOM = 7;

    private final MapView map = new MapView();

    public MainView() {
        map.setId("map");
        map.setZoom(HOME_ZOOM);
        map.setCenter(HOME);
        setCenter(map);
    }

    public MapView map() {
        return map;
    }
}
