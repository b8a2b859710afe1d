package dev.blueline.server.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A growable array of nanosecond samples written by one thread at a time; merged and sorted at
 * the end for exact percentiles (HdrHistogram is not a dependency of this module).
 */
final class Samples {
    private long[] values = new long[1024];
    private int size;

    void add(long v) {
        if (size == values.length) values = Arrays.copyOf(values, size * 2);
        values[size++] = v;
    }

    int size() {
        return size;
    }

    /** All samples of {@code parts}, sorted. Call once the writers stopped (a late one is tolerated: a snapshot is taken). */
    static long[] merged(Collection<Samples> parts) {
        List<long[]> snaps = new ArrayList<>();
        int n = 0;
        for (Samples s : parts) {
            long[] v = s.values;
            long[] snap = Arrays.copyOf(v, Math.min(s.size, v.length));
            snaps.add(snap);
            n += snap.length;
        }
        long[] all = new long[n];
        int at = 0;
        for (long[] snap : snaps) {
            System.arraycopy(snap, 0, all, at, snap.length);
            at += snap.length;
        }
        Arrays.sort(all);
        return all;
    }

    /** The {@code q} quantile (0..1) of sorted nanos, in milliseconds; NaN when empty. */
    static double ms(long[] sorted, double q) {
        if (sorted.length == 0) return Double.NaN;
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
