package dev.blueline.model.protocol;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AckShortcutTest {
    @Test
    void theHandWrittenAckIsExactlyWhatJacksonWrites() throws Exception {
        Codec codec = new Codec();
        for (long[] pair : new long[][]{{1, 1}, {7, 42}, {Long.MAX_VALUE, 9_007_199_254_740_993L}, {123_456_789, 1}}) {
            HostMessage.Ack ack = new HostMessage.Ack(pair[0], pair[1]);
            assertThat(codec.encode(ack)).isEqualTo(codec.encodeWithJackson(ack));
            assertThat(codec.decodeHost(codec.encode(ack))).isEqualTo(ack);
        }
    }
}
