package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.gluonhq.maps.tile.TileRetrieverProvider;

import org.incidentatlas.ui.map.OfflineTileRetriever;
import org.junit.jupiter.api.Test;

class TileRetrieverRegistrationTest {

    @Test
    void gluonMapsLoadsOurOfflineRetrieverInsteadOfOpenStreetMap() {
        assertInstanceOf(OfflineTileRetriever.class, TileRetrieverProvider.getInstance().load());
    }
}
