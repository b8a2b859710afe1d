package dev.blueline.model.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.blueline.model.document.Value;

import java.io.IOException;

/** Property values as plain JSON scalars: text, number, true/false, null. Nested JSON is refused. */
final class ValueJson {
    private ValueJson() {
    }

    static SimpleModule module() {
        SimpleModule m = new SimpleModule("blueline-values");
        m.addSerializer(Value.class, new Writer());
        m.addDeserializer(Value.class, new Reader());
        return m;
    }

    static final class Writer extends JsonSerializer<Value> {
        @Override
        public void serialize(Value v, JsonGenerator g, SerializerProvider p) throws IOException {
            write(v, g);
        }
    }

    static void write(Value v, JsonGenerator g) throws IOException {
        switch (v) {
            case Value.Text t -> g.writeString(t.text());
            case Value.Num n -> {
                double d = n.number();
                if (d == Math.rint(d) && Math.abs(d) < 1e15) g.writeNumber((long) d);
                else g.writeNumber(d);
            }
            case Value.Flag f -> g.writeBoolean(f.flag());
            case Value.Null ignored -> g.writeNull();
        }
    }

    static final class Reader extends JsonDeserializer<Value> {
        @Override
        public Value deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            JsonToken t = p.currentToken();
            return switch (t) {
                case VALUE_STRING -> new Value.Text(p.getText());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Value.of(p.getDoubleValue());
                case VALUE_TRUE -> Value.of(true);
                case VALUE_FALSE -> Value.of(false);
                case VALUE_NULL -> Value.NULL;
                default -> (Value) ctx.handleUnexpectedToken(Value.class, p);
            };
        }

        @Override
        public Value getNullValue(DeserializationContext ctx) {
            return Value.NULL;
        }
    }
}
