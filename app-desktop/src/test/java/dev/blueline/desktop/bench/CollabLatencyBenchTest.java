package dev.blueline.desktop.bench;

import dev.blueline.desktop.bench.CollabLatencyBench.Stage;
import dev.blueline.desktop.bench.CollabLatencyBench.Timings;
import dev.blueline.model.document.Document;
import dev.blueline.model.ops.Ops;
import dev.blueline.model.ops.Put;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.DoubleStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The collaboration latency bench runs its own code here on two joined apps (real processes) and a
 * few edits, so a bench that times something else than edits reaching teammates' canvases fails
 * here, not silently in its numbers. Nothing here asserts on speed.
 */
class CollabLatencyBenchTest {
    @Test
    void everyEditIsTimedInEveryJoinedAppFromSubmittedToReceivedToPaintedToRendered() throws Exception {
        Timings t = CollabLatencyBench.run(new CollabLatencyBench.Config(2, 5, 15, 10)).timings();
        assertThat(t.missing()).isEmpty();
        // the clocks agree across processes, and every edit passes the stages in order
        assertThat(t.ms(Stage.SUBMITTED, Stage.RECEIVED, 0)).hasSize(2 * 20);
        assertThat(shortest(t.ms(Stage.SUBMITTED, Stage.RECEIVED, 0))).isPositive();
        assertThat(shortest(t.ms(Stage.RECEIVED, Stage.PAINTED, 0))).isPositive();
        assertThat(shortest(t.ms(Stage.PAINTED, Stage.RENDERED, 0))).isPositive();
    }

    private static double shortest(double[] ms) {
        return DoubleStream.of(ms).min().orElseThrow();
    }

    @Test
    void anEditThatNeverArrivedIsReported() {
        Timings t = new Timings(new long[]{1, 2}, List.of(new long[]{3, 4}, new long[]{3, 0}), List.of(new long[]{5, 6}, new long[]{5, 0}),
                List.of(new long[]{7, 8}, new long[]{7, 0}));
        assertThat(t.missing()).containsExactly("app-2: 1 of 2 edits never arrived or were never painted, the first [1]");
    }

    @Test
    void eachEditPutsTheElementWhereOnlyThatEditPutsIt() {
        Document doc = new Document();
        assertThat(CollabLatencyBench.editOf(doc)).isEqualTo(-1);
        for (Put op : CollabLatencyBench.place("s1")) Ops.apply(doc, op);
        assertThat(CollabLatencyBench.editOf(doc)).isEqualTo(-1);
        for (int k = 0; k < 2_400; k++) {
            for (Put op : CollabLatencyBench.move(k)) Ops.apply(doc, op);
            assertThat(CollabLatencyBench.editOf(doc)).isEqualTo(k);
        }
    }
}
