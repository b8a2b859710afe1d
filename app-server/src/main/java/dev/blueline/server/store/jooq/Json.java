package dev.blueline.server.store.jooq;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.blueline.model.document.Value;
import dev.blueline.model.ops.Put;
import dev.blueline.model.protocol.Codec;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON text of the props and ops columns, written and read with the wire codec's value rules. */
final class Json {
    // the database holds what we wrote ourselves: allow any change the codec's writer can produce
    private static final Codec CODEC = new Codec(new Codec.FrameLimits(64 << 20, 32, 10 << 20, 40));
    private static final ObjectWriter WRITER = CODEC.mapper().writer();
    private static final ObjectReader PROPS = CODEC.mapper().readerFor(new TypeReference<LinkedHashMap<String, Value>>() {
    });
    private static final ObjectReader OPS = CODEC.mapper().readerFor(new TypeReference<List<Put>>() {
    });

    private Json() {
    }

    static String props(Map<String, Value> props) {
        return write(props);
    }

    static String ops(List<Put> ops) {
        return write(ops);
    }

    static Map<String, Value> props(String json) {
        return read(PROPS, json);
    }

    static List<Put> ops(String json) {
        return read(OPS, json);
    }

    private static String write(Object value) {
        try {
            return WRITER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + value.getClass().getSimpleName(), e);
        }
    }

    private static <T> T read(ObjectReader reader, String json) {
        try {
            return reader.readValue(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("stored JSON is unreadable", e);
        }
    }
}
