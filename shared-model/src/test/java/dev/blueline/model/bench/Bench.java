package dev.blueline.model.bench;

import java.util.Arrays;
import java.util.Locale;

/** A tiny measuring helper for bench mains: warm up, run rounds, report the median. */
public final class Bench {
    private Bench() {
    }

    public interface Round {
        /** Runs one round and returns how many operations it did. */
        long run() throws Exception;
    }

    /** Median operations per second over {@code rounds} rounds, after {@code warmup} unmeasured ones. */
    public static double opsPerSecond(int warmup, int rounds, Round round) throws Exception {
        return opsPerSecond(warmup, rounds, () -> {
        }, round);
    }

    /** As above, with an unmeasured {@code setup} before each round. */
    public static double opsPerSecond(int warmup, int rounds, Runnable setup, Round round) throws Exception {
        for (int i = 0; i < warmup; i++) {
            setup.run();
            round.run();
        }
        double[] rates = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            setup.run();
            long t0 = System.nanoTime();
            long ops = round.run();
            long t1 = System.nanoTime();
            rates[i] = ops / ((t1 - t0) / 1e9);
        }
        Arrays.sort(rates);
        return rates[rounds / 2];
    }

    public static String fmt(double d) {
        return String.format(Locale.ROOT, "%,.0f", d);
    }

    public static String fmt2(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }
}
