package dev.blueline.model.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.blueline.model.document.Value;
import dev.blueline.model.ops.Put;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Encodes and decodes protocol frames with Jackson, enforcing input limits before and while
 * parsing, and turning every kind of bad input into a {@link ProtocolException} with a clear
 * message. Thread-safe; share one instance.
 */
public final class Codec {

    /** Limits on incoming frames. */
    public record FrameLimits(int maxFrameChars, int maxDepth, int maxStringChars, int maxNumberChars) {
        public static final FrameLimits DEFAULT = new FrameLimits(1 << 20, 32, 200_000, 40);
    }

    private final FrameLimits limits;
    private final ObjectMapper mapper;
    private final ObjectReader clientReader;
    private final ObjectReader hostReader;
    private final ObjectWriter writer;

    public Codec() {
        this(FrameLimits.DEFAULT);
    }

    public Codec(FrameLimits limits) {
        this.limits = limits;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxStringLength(limits.maxStringChars())
                        .maxNumberLength(limits.maxNumberChars())
                        .maxDocumentLength(limits.maxFrameChars() * 4L)
                        .build())
                .build();
        this.mapper = JsonMapper.builder(factory)
                .addModule(ValueJson.module())
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // "7" is not a number and 1.5 is not a sequence number: say so instead of guessing
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
        // read() checks for content after the message itself, so that it is reported as malformed JSON
        this.clientReader = mapper.readerFor(ClientMessage.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.hostReader = mapper.readerFor(HostMessage.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.writer = mapper.writer();
    }

    public FrameLimits limits() {
        return limits;
    }

    /** The configured mapper, for code that needs the same JSON rules (REST bodies, files). */
    public ObjectMapper mapper() {
        return mapper;
    }

    public String encode(ClientMessage m) {
        return write(m);
    }

    public String encode(HostMessage m) {
        if (m instanceof HostMessage.Ack a) {
            // the host sends one of these per change; two numbers need no serializer (a test checks it matches Jackson)
            return "{\"type\":\"ack\",\"clientSeq\":" + a.clientSeq() + ",\"seq\":" + a.seq() + "}";
        }
        if (m instanceof HostMessage.RemoteChange c) return writeChange(c);
        return write(m);
    }

    /**
     * Every accepted change goes to every member: written field by field on Jackson's generator, which
     * takes a third of the time databind does (a test checks the output is the same, byte for byte).
     */
    private String writeChange(HostMessage.RemoteChange c) {
        StringWriter out = new StringWriter(96 + 48 * c.ops().size());
        try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("type", "change");
            g.writeNumberField("seq", c.seq());
            if (c.clientId() != null) g.writeStringField("clientId", c.clientId());
            g.writeNumberField("clientSeq", c.clientSeq());
            if (c.userId() != null) g.writeStringField("userId", c.userId());
            g.writeArrayFieldStart("ops");
            for (Put op : c.ops()) {
                g.writeStartObject();
                g.writeStringField("id", op.id());
                g.writeObjectFieldStart("set");
                for (Map.Entry<String, Value> e : op.set().entrySet()) {
                    g.writeFieldName(e.getKey());
                    ValueJson.write(e.getValue(), g);
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return out.toString();
    }

    /** Encodes with Jackson only, bypassing shortcuts; for tests that check the shortcuts. */
    String encodeWithJackson(HostMessage m) {
        return write(m);
    }

    public ClientMessage decodeClient(String frame) throws ProtocolException {
        return read(clientReader, frame);
    }

    public HostMessage decodeHost(String frame) throws ProtocolException {
        return read(hostReader, frame);
    }

    private String write(Object m) {
        try {
            return writer.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            // our own records always serialise; failing here is a programming error
            throw new IllegalStateException("cannot encode " + m.getClass().getSimpleName(), e);
        }
    }

    private <T> T read(ObjectReader reader, String frame) throws ProtocolException {
        if (frame == null || frame.isBlank()) throw new ProtocolException(ErrorCode.MALFORMED_JSON, "empty frame");
        if (frame.length() > limits.maxFrameChars()) {
            throw new ProtocolException(ErrorCode.FRAME_TOO_LARGE,
                    "frame is " + frame.length() + " characters, the limit is " + limits.maxFrameChars());
        }
        try (JsonParser p = reader.createParser(frame)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                p.skipChildren(); // still reports malformed or too deeply nested JSON as such
                throw new ProtocolException(ErrorCode.BAD_MESSAGE,
                        "a message must be a JSON object like {\"type\":\"ping\"}, not " + describe(first));
            }
            T message = reader.readValue(p);
            if (p.nextToken() != null) {
                throw new ProtocolException(ErrorCode.MALFORMED_JSON, "not valid JSON: more content after the end of the message");
            }
            return message;
        } catch (InvalidTypeIdException e) {
            String id = e.getTypeId();
            throw new ProtocolException(id == null ? ErrorCode.BAD_MESSAGE : ErrorCode.UNKNOWN_TYPE,
                    (id == null ? "a message needs a \"type\"" : "unknown message type \"" + clip(id) + "\"") + at(e));
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            String message = cause.getMessage() != null ? firstLine(cause.getMessage()) : "a value is missing or null";
            throw new ProtocolException(ErrorCode.BAD_MESSAGE, message + at(e));
        } catch (JsonProcessingException e) {
            // databind wraps what the parser found (with the path to it): look inside
            for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
                if (t instanceof StreamConstraintsException c) {
                    throw new ProtocolException(ErrorCode.LIMIT_EXCEEDED, firstLine(c.getOriginalMessage()) + at(e));
                }
                if (t instanceof InputCoercionException) break; // valid JSON, a number out of range: a bad message
                if (t instanceof JsonParseException j) {
                    throw new ProtocolException(ErrorCode.MALFORMED_JSON, "not valid JSON: " + firstLine(j.getOriginalMessage()));
                }
            }
            throw new ProtocolException(ErrorCode.BAD_MESSAGE, firstLine(e.getOriginalMessage()) + at(e));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ProtocolException(ErrorCode.BAD_MESSAGE, firstLine(e.getMessage()));
        } catch (IOException e) {
            throw new ProtocolException(ErrorCode.MALFORMED_JSON, firstLine(e.getMessage()));
        }
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name() : t.asString();
        };
    }

    private static String at(JsonProcessingException e) {
        if (!(e instanceof com.fasterxml.jackson.databind.JsonMappingException jm) || jm.getPath().isEmpty()) return "";
        StringBuilder sb = new StringBuilder(" (at ");
        for (var ref : jm.getPath()) {
            if (ref.getFieldName() != null) sb.append('.').append(ref.getFieldName());
            else if (ref.getIndex() >= 0) sb.append('[').append(ref.getIndex()).append(']');
        }
        return sb.append(')').toString();
    }

    private static String firstLine(String s) {
        if (s == null) return "invalid message";
        int nl = s.indexOf('\n');
        return clip(nl < 0 ? s : s.substring(0, nl));
    }

    private static String clip(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
