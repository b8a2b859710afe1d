package dev.blueline.model.ops;

import dev.blueline.model.document.Value;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PutTest {

    @Test
    void keepsThePropertiesInTheOrderTheyWereGiven() {
        Put put = Put.on("e1").set("y", 2.0).set("x", 1.0).set("text", "Sign in").set("bold", true).build();
        assertThat(put.set().keySet()).containsExactly("y", "x", "text", "bold");
        assertThat(put.set().values()).containsExactly(Value.of(2.0), Value.of(1.0), Value.of("Sign in"), Value.of(true));
        assertThat(put.set()).containsEntry("text", Value.of("Sign in")).doesNotContainKey("w");
        assertThat(put.set().get("w")).isNull();
    }

    @Test
    void laterChangesToTheGivenMapDoNotReachThePut() {
        Map<String, Value> props = new LinkedHashMap<>();
        props.put("x", Value.of(1.0));
        Put put = new Put("e1", props);
        props.put("x", Value.of(99.0));
        props.put("y", Value.of(5.0));
        assertThat(put.set()).isEqualTo(Map.of("x", Value.of(1.0)));
    }

    @Test
    void cannotBeChangedAfterwards() {
        Put put = Put.of("e1", "x", Value.of(1.0));
        assertThatThrownBy(() -> put.set().put("x", Value.of(2.0))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> put.set().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> put.set().entrySet().iterator().next().setValue(Value.NULL)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aMissingValueIsRefusedWithAHint() {
        Map<String, Value> props = new HashMap<>();
        props.put("x", null);
        assertThatThrownBy(() -> new Put("e1", props)).isInstanceOf(NullPointerException.class).hasMessageContaining("Value.NULL");
    }

    @Test
    void equalsAndHashCodeAgreeWithOrdinaryMapsAndIgnoreOrder() {
        Put a = Put.on("e1").set("x", 1.0).set("y", 2.0).build();
        Put b = Put.on("e1").set("y", 2.0).set("x", 1.0).build();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        Map<String, Value> plain = new HashMap<>(Map.of("x", Value.of(1.0), "y", Value.of(2.0)));
        assertThat(a.set()).isEqualTo(plain).hasSameHashCodeAs(plain);
        assertThat(plain).isEqualTo(a.set());
        assertThat(a.with("x", Value.of(3.0)).set()).containsEntry("x", Value.of(3.0)).containsEntry("y", Value.of(2.0));
    }

    @Test
    void aHugeOpStillAnswersLookupsByName() {
        // a hostile frame can carry thousands of properties before validation refuses it
        Map<String, Value> props = new LinkedHashMap<>();
        for (int i = 0; i < 5_000; i++) props.put("p" + i, Value.of(i));
        Put put = new Put("e1", props);
        assertThat(put.set()).hasSize(5_000).containsEntry("p4999", Value.of(4999.0)).containsEntry("p0", Value.of(0.0));
        assertThat(put.set().containsKey("p5000")).isFalse();
        assertThat(put.set()).isEqualTo(props);
        assertThat(put.set().keySet().iterator().next()).isEqualTo("p0");
    }
}
