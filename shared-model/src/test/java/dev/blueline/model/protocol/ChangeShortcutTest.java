package dev.blueline.model.protocol;

import dev.blueline.model.document.Value;
import dev.blueline.model.ops.Put;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The change frame is written by hand on Jackson's generator; it must be exactly what databind writes. */
class ChangeShortcutTest {
    private final Codec codec = new Codec();

    @Test
    void aTypicalMoveIsWrittenAsJacksonWritesIt() throws Exception {
        var move = new HostMessage.RemoteChange(12_345, "client-abc", 77, "user-1",
                List.of(Put.on("e42").set("x", 120.0).set("y", 40.5).build()));
        assertThat(codec.encode(move))
                .isEqualTo("{\"type\":\"change\",\"seq\":12345,\"clientId\":\"client-abc\",\"clientSeq\":77,\"userId\":\"user-1\","
                        + "\"ops\":[{\"id\":\"e42\",\"set\":{\"x\":120,\"y\":40.5}}]}")
                .isEqualTo(codec.encodeWithJackson(move));
        assertThat(codec.decodeHost(codec.encode(move))).isEqualTo(move);
    }

    @Test
    void oddTextNumbersNullsAndMissingIdsMatchJacksonOnManyRandomChanges() throws Exception {
        Random random = new Random(7);
        String[] texts = {"", "plain", "quote \" and backslash \\", "line\nbreak\ttab", "\u0000\u001f control", "émoji 🎨 and ümlaut",
                "</script>", "\u2028\u2029", "x".repeat(5_000)};
        double[] numbers = {0, -0.0, 1, -1, 0.1, 1e15, 1e15 - 1, 1e-7, 123.456, Double.MAX_VALUE, Double.MIN_VALUE, -9_007_199_254_740_993.0};
        for (int n = 0; n < 500; n++) {
            List<Put> ops = new ArrayList<>();
            for (int i = 0, count = 1 + random.nextInt(4); i < count; i++) {
                Map<String, Value> set = new LinkedHashMap<>();
                for (int k = 0, props = 1 + random.nextInt(5); k < props; k++) {
                    Value v = switch (random.nextInt(4)) {
                        case 0 -> Value.of(texts[random.nextInt(texts.length)]);
                        case 1 -> Value.of(numbers[random.nextInt(numbers.length)]);
                        case 2 -> Value.of(random.nextBoolean());
                        default -> Value.NULL;
                    };
                    set.put(k == 0 ? "text" : "p" + k + texts[random.nextInt(4)], v);
                }
                ops.add(new Put("e" + random.nextInt(1000), set));
            }
            var change = new HostMessage.RemoteChange(random.nextLong(Long.MAX_VALUE),
                    random.nextInt(5) == 0 ? null : texts[random.nextInt(texts.length)],
                    random.nextLong(1_000_000),
                    random.nextInt(5) == 0 ? null : "u" + random.nextInt(9), ops);
            assertThat(codec.encode(change)).as("change %d", n).isEqualTo(codec.encodeWithJackson(change));
        }
    }
}
