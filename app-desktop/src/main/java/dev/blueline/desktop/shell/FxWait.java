package dev.blueline.desktop.shell;

import javafx.application.Platform;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Waiting without blocking the FX thread: a condition is checked on the FX thread every few
 * milliseconds until it holds or time runs out. Used where the app must wait for the host (acks
 * before closing, a seeded project before opening it).
 */
public final class FxWait {
    private static final long TICK_MS = 20;
    private static final ScheduledExecutorService TICKS = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("fx-wait").daemon(true).factory());

    private FxWait() {
    }

    /** Completes with true when {@code condition} holds (checked on the FX thread), false after {@code timeout}. */
    public static CompletableFuture<Boolean> until(BooleanSupplier condition, Duration timeout) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        Runnable[] check = new Runnable[1];
        check[0] = () -> Platform.runLater(() -> {
            if (done.isDone()) return;
            boolean ok;
            try {
                ok = condition.getAsBoolean();
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
                return;
            }
            if (ok) done.complete(true);
            else if (System.nanoTime() > deadline) done.complete(false);
            else TICKS.schedule(check[0], TICK_MS, TimeUnit.MILLISECONDS);
        });
        check[0].run();
        return done;
    }

    /** Runs {@code step} on the FX thread every tick until it returns true (finished) or throws. */
    public static CompletableFuture<Void> repeat(BooleanSupplier step) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Runnable[] tick = new Runnable[1];
        tick[0] = () -> Platform.runLater(() -> {
            if (done.isDone()) return;
            try {
                if (step.getAsBoolean()) done.complete(null);
                else TICKS.schedule(tick[0], TICK_MS, TimeUnit.MILLISECONDS);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        tick[0].run();
        return done;
    }
}
