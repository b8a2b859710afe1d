package dev.blueline.model.bench;

import dev.blueline.model.protocol.Codec;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bench's room figure once counted changes the room refused (an old protocol version in its
 * hello): this runs the same code on a few changes, so a bench that measures refusals fails here.
 */
class ModelBenchTest {
    @Test
    void theRoomBenchMeasuresAcceptedChanges() throws Exception {
        var doc = ModelBench.document();
        assertThat(doc).hasSize(ModelBench.OBJECTS);
        assertThat(ModelBench.roomRate(new Codec(), doc, 1, 2_000, 0, 1)).isPositive();
        assertThat(ModelBench.roomRate(new Codec(), doc, 20, 200, 0, 1)).isPositive();
    }
}
