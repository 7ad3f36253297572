package org.incidentatlas.markers;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * An immutable list of a marker's incidents whose size is known at once and whose elements are
 * gathered and sorted only when first read (hovering or opening a marker), so that a slider frame
 * costs the markers, not the incidents behind them.
 */
public final class DeferredIncidents extends AbstractList<VisibleIncident> implements RandomAccess {

    private final int size;
    private Supplier<List<VisibleIncident>> source;
    private volatile List<VisibleIncident> elements;

    public DeferredIncidents(int size, Supplier<List<VisibleIncident>> source) {
        this.size = size;
        this.source = source;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public VisibleIncident get(int index) {
        return elements().get(index);
    }

    private List<VisibleIncident> elements() {
        List<VisibleIncident> list = elements;
        if (list == null) {
            synchronized (this) {
                list = elements;
                if (list == null) {
                    list = List.copyOf(source.get());
                    if (list.size() != size) {
                        throw new IllegalStateException("expected " + size + " incidents, gathered " + list.size());
                    }
                    elements = list;
                    source = null;
                }
            }
        }
        return list;
    }
}
