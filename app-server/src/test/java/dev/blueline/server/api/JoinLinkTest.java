package dev.blueline.server.api;

import dev.blueline.server.LanShare;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JoinLinkTest {
    private static final String FP = "0123456789abcdef".repeat(4);

    @Test
    void readsTheLinkAHostMakes() {
        String link = new LanShare("192.168.1.20", 8001, FP).inviteLink("AbC_12-xyzAbC_12-xyz1234");
        JoinLink j = JoinLink.parse("  " + link + "\n");
        assertThat(j).isEqualTo(new JoinLink("192.168.1.20", 8001, "AbC_12-xyzAbC_12-xyz1234", FP));
        assertThat(j.url()).isEqualTo("https://192.168.1.20:8001");
        assertThat(j.wsUrl()).isEqualTo("wss://192.168.1.20:8001/ws");
    }

    @Test
    void ipv6AndNamesWork() {
        JoinLink j = JoinLink.parse("blueline://[fe80::1]:8000/join/abcd1234?fp=" + FP.toUpperCase());
        assertThat(j.host()).isEqualTo("fe80::1");
        assertThat(j.fingerprint()).isEqualTo(FP);
        assertThat(j.wsUrl()).isEqualTo("wss://[fe80::1]:8000/ws");
        assertThat(JoinLink.parse("blueline://studio.local:8000/join/abcd1234?fp=" + FP).host()).isEqualTo("studio.local");
    }

    @Test
    void withoutAFingerprintOnlyLoopbackIsPlain() {
        assertThat(JoinLink.parse("blueline://127.0.0.1:8000/join/abcd1234").wsUrl()).isEqualTo("ws://127.0.0.1:8000/ws");
        // a host behind TLS of its own: ordinary HTTPS, never plain across the network
        assertThat(JoinLink.parse("blueline://design.example.com:443/join/abcd1234").url()).isEqualTo("https://design.example.com:443");
    }

    @Test
    void eachWrongPartIsNamed() {
        // tried: what people paste by mistake
        assertThatThrownBy(() -> JoinLink.parse("")).hasMessageContaining("paste the invite link");
        assertThatThrownBy(() -> JoinLink.parse(null)).hasMessageContaining("paste the invite link");
        assertThatThrownBy(() -> JoinLink.parse("https://192.168.1.20:8000/join/abcd1234")).hasMessageContaining("starts with blueline://");
        assertThatThrownBy(() -> JoinLink.parse("abcd1234")).hasMessageContaining("starts with blueline://");
        assertThatThrownBy(() -> JoinLink.parse("blueline://192.168.1.20/join/abcd1234")).hasMessageContaining("port");
        assertThatThrownBy(() -> JoinLink.parse("blueline://192.168.1.20:99999/join/abcd1234")).hasMessageContaining("port");
        assertThatThrownBy(() -> JoinLink.parse("blueline://192.168.1.20:8000/open/abcd1234")).hasMessageContaining("/join/<code>");
        assertThatThrownBy(() -> JoinLink.parse("blueline://192.168.1.20:8000/join/")).hasMessageContaining("invite code");
        assertThatThrownBy(() -> JoinLink.parse("blueline://192.168.1.20:8000/join/ab")).hasMessageContaining("invite code");
        assertThatThrownBy(() -> JoinLink.parse("blueline://192.168.1.20:8000/join/abcd1234?fp=123")).hasMessageContaining("64 hex digits");
        assertThatThrownBy(() -> JoinLink.parse("blueline://192.168.1.20:8000/join/ab cd")).hasMessageContaining("not a link");
        assertThatThrownBy(() -> JoinLink.parse("blueline://:8000/join/abcd1234")).hasMessageContaining("host");
    }
}
