package dev.blueline.model.geometry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A uniform grid of buckets over screen coordinates: each id is registered in every bucket its
 * rectangle touches, so "what is under this point" and "what is in this view" look at a handful
 * of buckets instead of every element. Updating one element touches only its own buckets.
 */
public final class SpatialIndex {
    private final double cell;
    private final Map<Long, List<String>> buckets = new HashMap<>();
    private final Map<String, Rect> rects = new HashMap<>();
    /** Rectangles too big for buckets (they would touch thousands); always checked directly. */
    private final Set<String> large = new HashSet<>();
    private static final long MAX_BUCKETS_PER_RECT = 4096;

    public SpatialIndex(double cellSize) {
        this.cell = cellSize;
    }

    public SpatialIndex() {
        this(256);
    }

    public int size() {
        return rects.size();
    }

    public Rect rect(String id) {
        return rects.get(id);
    }

    public void put(String id, Rect r) {
        remove(id);
        rects.put(id, r);
        if (bucketCount(r) > MAX_BUCKETS_PER_RECT) {
            large.add(id);
            return;
        }
        forEachBucket(r, key -> buckets.computeIfAbsent(key, k -> new ArrayList<>(4)).add(id));
    }

    public void remove(String id) {
        Rect old = rects.remove(id);
        if (old == null) return;
        if (large.remove(id)) return;
        forEachBucket(old, key -> {
            List<String> b = buckets.get(key);
            if (b != null) {
                b.remove(id);
                if (b.isEmpty()) buckets.remove(key);
            }
        });
    }

    public void clear() {
        buckets.clear();
        rects.clear();
        large.clear();
    }

    /** Ids whose rectangle contains the point (in no particular order). */
    public List<String> at(double x, double y) {
        List<String> out = new ArrayList<>(4);
        List<String> b = buckets.get(key(cellOf(x), cellOf(y)));
        if (b != null) {
            for (String id : b) {
                if (rects.get(id).contains(x, y)) out.add(id);
            }
        }
        for (String id : large) {
            if (rects.get(id).contains(x, y)) out.add(id);
        }
        return out;
    }

    /** Ids whose rectangle intersects {@code area}. */
    public Set<String> within(Rect area) {
        Set<String> out = new HashSet<>();
        forEachBucket(area, key -> {
            List<String> b = buckets.get(key);
            if (b == null) return;
            for (String id : b) {
                if (!out.contains(id) && rects.get(id).intersects(area)) out.add(id);
            }
        });
        for (String id : large) {
            if (rects.get(id).intersects(area)) out.add(id);
        }
        return out;
    }

    private void forEachBucket(Rect r, java.util.function.LongConsumer action) {
        long x0 = cellOf(r.x()), x1 = cellOf(r.right()), y0 = cellOf(r.y()), y1 = cellOf(r.bottom());
        if (bucketCount(r) > MAX_BUCKETS_PER_RECT) {
            // a query area this big: walk the buckets that exist instead of every cell it covers
            for (Long key : List.copyOf(buckets.keySet())) action.accept(key);
            return;
        }
        for (long cx = x0; cx <= x1; cx++) {
            for (long cy = y0; cy <= y1; cy++) action.accept(key(cx, cy));
        }
    }

    private long bucketCount(Rect r) {
        return (cellOf(r.right()) - cellOf(r.x()) + 1) * (cellOf(r.bottom()) - cellOf(r.y()) + 1);
    }

    private long cellOf(double v) {
        return (long) Math.floor(v / cell);
    }

    private static long key(long cx, long cy) {
        return (cx << 32) ^ (cy & 0xffffffffL);
    }
}
