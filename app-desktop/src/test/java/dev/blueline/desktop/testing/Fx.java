package dev.blueline.desktop.testing;

import javafx.application.Platform;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Running test code on the JavaFX thread and waiting for things to happen, always with a timeout
 * (never a fixed sleep): a test that waits for something that never comes fails with a message
 * that says what it was waiting for.
 */
public final class Fx {
    /**
     * How long any single wait may take before the test fails: generous, because a busy CI machine
     * can stall the FX thread for seconds; {@code -Dblueline.test.timeoutSeconds=N} changes it.
     */
    public static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("blueline.test.timeoutSeconds", 60));

    private Fx() {
    }

    /** Starts the JavaFX toolkit (headless in tests) if it is not running yet. Safe to call often. */
    public static void startToolkit() {
        try {
            FxToolkit.registerPrimaryStage();
        } catch (TimeoutException e) {
            throw new IllegalStateException("the JavaFX toolkit did not start", e);
        }
    }

    /** Runs {@code action} on the FX thread and returns its result; exceptions are rethrown here. */
    public static <T> T call(Callable<T> action) {
        if (Platform.isFxApplicationThread()) {
            try {
                return action.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            return WaitForAsyncUtils.asyncFx(action).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("the FX thread did not run the action within " + TIMEOUT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code action} on the FX thread and waits for it, then for the events it caused. */
    public static void run(Runnable action) {
        call(() -> {
            action.run();
            return null;
        });
        settle();
    }

    /** Waits until every event already queued on the FX thread has run. */
    public static void settle() {
        if (!Platform.isFxApplicationThread()) WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until {@code condition} (evaluated on the FX thread) holds; fails naming {@code what} after {@link #TIMEOUT}. */
    public static void await(String what, BooleanSupplier condition) {
        await(what, TIMEOUT, condition);
    }

    public static void await(String what, Duration timeout, BooleanSupplier condition) {
        await(what, timeout, condition, () -> null);
    }

    /** Like {@link #await(String, BooleanSupplier)}; on timeout the message also shows {@code actual} (evaluated on the FX thread). */
    public static void await(String what, BooleanSupplier condition, java.util.function.Supplier<?> actual) {
        await(what, TIMEOUT, condition, actual);
    }

    private static void await(String what, Duration timeout, BooleanSupplier condition, java.util.function.Supplier<?> actual) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (call(condition::getAsBoolean)) return;
            if (System.nanoTime() > deadline) {
                Object seen = call(actual::get);
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what + (seen == null ? "" : "; last seen: " + seen));
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }
}
