package dev.blueline.desktop.shell;

import dev.blueline.model.document.Value;
import dev.blueline.model.ops.Put;
import dev.blueline.model.protocol.ClientMessage;
import dev.blueline.model.protocol.Codec;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Import batches are cut into frames the host accepts, without changing the order of ops. */
class ProjectSeederTest {

    @Test
    void largeBatchesAreSplitIntoFramesUnderTheLimitInOrder() {
        List<Put> batch = new ArrayList<>();
        for (int i = 0; i < 500; i++) batch.add(Put.of("e" + i, "text", Value.of("\u00e9".repeat(5_000) + i)));
        List<List<Put>> frames = ProjectSeeder.splitBySize(List.of(batch, batch.subList(0, 3)), ProjectSeeder.MAX_FRAME_BYTES);
        assertThat(frames.size()).isGreaterThan(2);
        Codec codec = new Codec();
        List<Put> flat = new ArrayList<>();
        for (List<Put> f : frames) {
            int bytes = codec.encode(new ClientMessage.ChangeRequest(1, f)).getBytes(StandardCharsets.UTF_8).length;
            assertThat(bytes).isLessThanOrEqualTo(ProjectSeeder.MAX_FRAME_BYTES);
            flat.addAll(f);
        }
        List<Put> expected = new ArrayList<>(batch);
        expected.addAll(batch.subList(0, 3));
        assertThat(flat).isEqualTo(expected);
    }

    @Test
    void smallBatchesStayWhole() {
        List<Put> batch = List.of(Put.of("a", "x", Value.of(1)), Put.of("b", "x", Value.of(2)));
        assertThat(ProjectSeeder.splitBySize(List.of(batch), ProjectSeeder.MAX_FRAME_BYTES)).containsExactly(batch);
        assertThat(ProjectSeeder.splitBySize(List.of(List.of()), ProjectSeeder.MAX_FRAME_BYTES)).isEmpty();
    }
}
