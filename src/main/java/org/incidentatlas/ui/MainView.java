package org.incidentatlas.ui;

import java.util.List;

import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;

import javafx.scene.layout.BorderPane;

import org.incidentatlas.basemap.ProvisionalPlaces;
import org.incidentatlas.model.Place;
import org.incidentatlas.ui.map.BasemapSetup;
import org.incidentatlas.ui.map.MapChromeLayer;
import org.incidentatlas.ui.map.PlaceLabelLayer;

/** The main window's content: the map. */
public class MainView extends BorderPane {

    /** Southern Kyrgyzstan, with Osh, Jalal-Abad, Batken and Bishkek in view. */
    static final MapPoint HOME = new MapPoint(41.35, 72.6);
    static final double HOME_ZOOM = 7;

    private final MapView map = new MapView();
    private final MapChromeLayer chrome = new MapChromeLayer();

    /** Until the gazetteer is wired in, labels come from a provisional list of towns. */
    public MainView() {
        this(ProvisionalPlaces.places());
    }

    /** @param places the names the map shows (the gazetteer's places) */
    public MainView(List<Place> places) {
        map.setId("map");
        map.setZoom(HOME_ZOOM);
        map.setCenter(HOME);
        BasemapSetup.styleMapView(map);
        map.addLayer(new PlaceLabelLayer(places));
        map.addLayer(chrome);
        setCenter(map);
    }

    public MapView map() {
        return map;
    }

    /** A message over the map, e.g. why the user's --basemap file is not shown. */
    public void showMapNotice(String message) {
        chrome.showNotice(message);
    }
}
