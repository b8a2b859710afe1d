package dev.blueline.model.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blueline.model.document.Value;
import dev.blueline.model.ops.Put;
import dev.blueline.model.protocol.ClientMessage.ChangeRequest;
import dev.blueline.model.protocol.ClientMessage.ChatSend;
import dev.blueline.model.protocol.ClientMessage.Hello;
import dev.blueline.model.protocol.ClientMessage.Ping;
import dev.blueline.model.protocol.ClientMessage.PresenceUpdate;
import dev.blueline.model.protocol.HostMessage.Ack;
import dev.blueline.model.protocol.HostMessage.ChatMessage;
import dev.blueline.model.protocol.HostMessage.ErrorMessage;
import dev.blueline.model.protocol.HostMessage.Leave;
import dev.blueline.model.protocol.HostMessage.PeerPresence;
import dev.blueline.model.protocol.HostMessage.Pong;
import dev.blueline.model.protocol.HostMessage.Reject;
import dev.blueline.model.protocol.HostMessage.RemoteChange;
import dev.blueline.model.protocol.HostMessage.Welcome;
import dev.blueline.model.protocol.HostMessage.You;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class CodecTest {

    private static final Codec CODEC = new Codec();
    private static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1MSJ9.s3cr3t-signature";

    private static final Put OP = Put.on("e1").set("x", 120).set("y", 40.5).set("parent", Value.NULL)
            .set("bold", true).set("text", "Log in \"now\"\n✓ ünïcødé").build();

    private static JsonNode tree(String json) throws Exception {
        return CODEC.mapper().readTree(json);
    }

    /** Decoding a frame that must be refused; returns the exception for further checks. */
    private static ProtocolException clientError(Codec codec, String frame) {
        try {
            ClientMessage m = codec.decodeClient(frame);
            throw new AssertionError("expected the frame to be refused, got " + m);
        } catch (ProtocolException e) {
            return e;
        }
    }

    private static ProtocolException clientError(String frame) {
        return clientError(CODEC, frame);
    }

    // ---------------------------------------------------------------------------------------------

    static List<ClientMessage> clientSamples() {
        return List.of(
                new Hello(1, TOKEN, "p1", "c1", 0),
                new Hello(1, null, "p1", "c1", 41),
                new Hello(1, null, "p1", "c1", 41, "8d1f0c2e-epoch"),
                new ChangeRequest(7, List.of(OP, Put.of("e2", "deleted", Value.of(true)))),
                new PresenceUpdate("s1", new Point(10, 20.5), List.of("e1", "e2"), new Viewport(0, 0, 1280, 800), true),
                new PresenceUpdate(null, null, null, null, null),
                new ChatSend("looks good"),
                new ChatSend(""),
                new Ping());
    }

    static List<HostMessage> hostSamples() {
        You ada = new You("u1", "Ada", "#3b82f6", "editor");
        PeerPresence lin = new PeerPresence("c2", "u2", "Lin", "#f97316", "s1", new Point(1, 2), List.of("e1"),
                new Viewport(0, 0, 390, 844), false);
        RemoteChange change = new RemoteChange(43, "c2", 3, "u2", List.of(OP));
        return List.of(
                new Welcome(1, 41, "e1", ada, List.of(Put.on("s1").set("kind", "screen").set("name", "Home").build()), null, List.of(lin)),
                new Welcome(1, 41, "e1", ada, null, List.of(change), null),
                new Ack(7, 42),
                new Reject(7, "invalid_op", "op 1 of 2: e1: x must be a number"),
                change,
                lin,
                new PeerPresence("c3", "u3", "Bo", "#22c55e", null, null, null, null, null),
                new HostMessage.Presences(List.of(lin, new PeerPresence("c3", "u3", "Bo", "#22c55e", null, null, null, null, null))),
                new Leave("c2"),
                new ChatMessage("m9", "u2", "Lin", "hi", "2026-01-01T10:00:00Z"),
                new ErrorMessage("bad_message", "a message needs a \"type\""),
                new Pong());
    }

    @Nested
    class RoundTrip {

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.blueline.model.protocol.CodecTest#clientSamples")
        void every_client_message_decodes_to_what_was_encoded(ClientMessage m) throws Exception {
            String json = CODEC.encode(m);
            assertThat(CODEC.decodeClient(json)).isEqualTo(m);
            assertThat(CODEC.encode(CODEC.decodeClient(json))).as("encoding is stable").isEqualTo(json);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.blueline.model.protocol.CodecTest#hostSamples")
        void every_host_message_decodes_to_what_was_encoded(HostMessage m) throws Exception {
            String json = CODEC.encode(m);
            assertThat(CODEC.decodeHost(json)).isEqualTo(m);
            assertThat(CODEC.encode(CODEC.decodeHost(json))).as("encoding is stable").isEqualTo(json);
        }

        @Test
        void the_samples_cover_every_message_type() {
            assertThat(clientSamples().stream().map(Object::getClass).collect(Collectors.toSet()))
                    .isEqualTo(Set.of(ClientMessage.class.getPermittedSubclasses()));
            assertThat(hostSamples().stream().map(Object::getClass).collect(Collectors.toSet()))
                    .isEqualTo(Set.of(HostMessage.class.getPermittedSubclasses()));
        }

        @Test
        void every_frame_names_its_type() throws Exception {
            for (ClientMessage m : clientSamples()) assertThat(tree(CODEC.encode(m)).path("type").isTextual()).as("%s", m).isTrue();
            for (HostMessage m : hostSamples()) assertThat(tree(CODEC.encode(m)).path("type").isTextual()).as("%s", m).isTrue();
        }

        @Test
        void a_one_op_change_survives_many_round_trips() throws Exception {
            for (int i = 1; i <= 10_000; i++) {
                ChangeRequest m = new ChangeRequest(i, List.of(Put.on("e" + (i % 17)).set("x", i * 0.5).set("text", "t" + i).build()));
                ClientMessage back = CODEC.decodeClient(CODEC.encode(m));
                if (!back.equals(m)) {
                    assertThat(back).as("round trip %d", i).isEqualTo(m);
                }
            }
        }
    }

    /** The frames of DESIGN.md "Wire protocol", copied literally; "..." placeholders filled in where JSON needs it. */
    @Nested
    class DocumentedFrames {

        @Test
        void hello() throws Exception {
            String frame = """
                    {"type":"hello","protocol":1,"token":"<jwt>","projectId":"p1","clientId":"c1","lastSeq":0}""";
            Hello expected = new Hello(1, "<jwt>", "p1", "c1", 0);
            assertThat(CODEC.decodeClient(frame)).isEqualTo(expected);
            assertThat(tree(CODEC.encode(expected))).isEqualTo(tree(frame));
        }

        @Test
        void change() throws Exception {
            String frame = """
                    {"type":"change","clientSeq":7,"ops":[{"id":"e1","set":{"x":120,"y":40}}]}""";
            ChangeRequest expected = new ChangeRequest(7, List.of(Put.on("e1").set("x", 120).set("y", 40).build()));
            assertThat(CODEC.decodeClient(frame)).isEqualTo(expected);
            assertThat(tree(CODEC.encode(expected))).isEqualTo(tree(frame));
        }

        @Test
        void presence() throws Exception {
            String frame = """
                    {"type":"presence","screen":"s1","cursor":{"x":10,"y":20},"selection":["e1"]}""";
            assertThat(CODEC.decodeClient(frame)).isEqualTo(new PresenceUpdate("s1", new Point(10, 20), List.of("e1"), null, null));
        }

        @Test
        void chat_and_ping() throws Exception {
            assertThat(CODEC.decodeClient("""
                    {"type":"chat","text":"looks good"}""")).isEqualTo(new ChatSend("looks good"));
            assertThat(CODEC.decodeClient("""
                    {"type":"ping"}""")).isEqualTo(new Ping());
            assertThat(CODEC.encode(new Ping())).isEqualTo("""
                    {"type":"ping"}""");
        }

        @Test
        void welcome_with_objects() throws Exception {
            String frame = """
                    {"type":"welcome","protocol":1,"seq":41,"epoch":"e7","you":{"userId":"u1","name":"Ada","color":"#3b82f6","role":"editor"},
                     "objects":[{"id":"s1","set":{"kind":"screen","name":"Home","w":1280,"h":800,"order":"a0"}}],
                     "peers":[{"type":"presence","clientId":"c2","userId":"u2","name":"Lin","color":"#f97316"}]}""";
            HostMessage m = CODEC.decodeHost(frame);
            Welcome expected = new Welcome(1, 41, "e7", new You("u1", "Ada", "#3b82f6", "editor"),
                    List.of(Put.on("s1").set("kind", "screen").set("name", "Home").set("w", 1280).set("h", 800).set("order", "a0").build()),
                    null,
                    List.of(new PeerPresence("c2", "u2", "Lin", "#f97316", null, null, null, null, null)));
            assertThat(m).isEqualTo(expected);
            assertThat(((Welcome) m).isSnapshot()).isTrue();
        }

        @Test
        void welcome_with_changes() throws Exception {
            String frame = """
                    {"type":"welcome","protocol":1,"seq":41,"you":{"userId":"u1","name":"Ada","color":"#3b82f6","role":"editor"},
                     "changes":[{"type":"change","seq":41,"clientId":"c2","clientSeq":5,"userId":"u2","ops":[{"id":"e1","set":{"x":120}}]}], "peers":[]}""";
            Welcome m = (Welcome) CODEC.decodeHost(frame);
            assertThat(m.isSnapshot()).isFalse();
            assertThat(m.objects()).isNull();
            assertThat(m.changes()).containsExactly(new RemoteChange(41, "c2", 5, "u2", List.of(Put.of("e1", "x", Value.of(120)))));
        }

        @Test
        void welcome_carries_only_documented_fields() throws Exception {
            for (HostMessage m : hostSamples()) {
                if (!(m instanceof Welcome)) continue;
                Set<String> fields = new java.util.TreeSet<>();
                tree(CODEC.encode(m)).fieldNames().forEachRemaining(fields::add);
                assertThat(fields).isSubsetOf("type", "protocol", "seq", "epoch", "you", "objects", "changes", "peers");
            }
        }

        @Test
        void ack_reject_leave_chat_error_pong_encode_exactly_as_documented() throws Exception {
            List<Arguments> cases = List.of(
                    arguments(new Ack(7, 42), """
                            {"type":"ack","clientSeq":7,"seq":42}"""),
                    arguments(new Reject(7, "invalid_op", "..."), """
                            {"type":"reject","clientSeq":7,"code":"invalid_op","message":"..."}"""),
                    arguments(new Leave("c2"), """
                            {"type":"leave","clientId":"c2"}"""),
                    arguments(new ChatMessage("m9", "u2", "Lin", "hi", "2026-01-01T10:00:00Z"), """
                            {"type":"chat","id":"m9","userId":"u2","name":"Lin","text":"hi","at":"2026-01-01T10:00:00Z"}"""),
                    arguments(new ErrorMessage("bad_message", "..."), """
                            {"type":"error","code":"bad_message","message":"..."}"""),
                    arguments(new Pong(), """
                            {"type":"pong"}"""));
            for (Arguments c : cases) {
                HostMessage m = (HostMessage) c.get()[0];
                String frame = (String) c.get()[1];
                assertThat(CODEC.decodeHost(frame)).as(frame).isEqualTo(m);
                assertThat(tree(CODEC.encode(m))).as(frame).isEqualTo(tree(frame));
            }
        }

        @Test
        void remote_change_as_documented_without_client_seq() throws Exception {
            String frame = """
                    {"type":"change","seq":43,"clientId":"c2","userId":"u2","ops":[{"id":"e1","set":{"x":120,"y":40}}]}""";
            assertThat(CODEC.decodeHost(frame))
                    .isEqualTo(new RemoteChange(43, "c2", 0, "u2", List.of(Put.on("e1").set("x", 120).set("y", 40).build())));
        }

        @Test
        void peer_presence() throws Exception {
            String frame = """
                    {"type":"presence","clientId":"c2","userId":"u2","name":"Lin","color":"#f97316","screen":"s1","cursor":{"x":10,"y":20},"selection":["e1"],"typing":true}""";
            assertThat(CODEC.decodeHost(frame))
                    .isEqualTo(new PeerPresence("c2", "u2", "Lin", "#f97316", "s1", new Point(10, 20), List.of("e1"), null, true));
        }

        @Test
        void host_only_types_are_unknown_to_the_host_and_the_other_way_round() {
            assertThat(clientError("""
                    {"type":"ack","clientSeq":7,"seq":42}""").code()).isEqualTo(ErrorCode.UNKNOWN_TYPE);
            assertThatThrownBy(() -> CODEC.decodeHost("""
                    {"type":"hello","protocol":1,"projectId":"p1","clientId":"c1","lastSeq":0}"""))
                    .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_TYPE));
        }
    }

    @Nested
    class Values {

        @Test
        void numbers_120_and_120_0_decode_to_equal_values() throws Exception {
            ClientMessage a = CODEC.decodeClient("""
                    {"type":"change","clientSeq":1,"ops":[{"id":"e1","set":{"x":120}}]}""");
            ClientMessage b = CODEC.decodeClient("""
                    {"type":"change","clientSeq":1,"ops":[{"id":"e1","set":{"x":120.0}}]}""");
            ClientMessage c = CODEC.decodeClient("""
                    {"type":"change","clientSeq":1,"ops":[{"id":"e1","set":{"x":1.2e2}}]}""");
            assertThat(a).isEqualTo(b).isEqualTo(c);
            assertThat(((ChangeRequest) a).ops().getFirst().set().get("x")).isEqualTo(Value.of(120));
        }

        @Test
        void integral_numbers_encode_without_a_fraction() {
            String json = CODEC.encode(new ChangeRequest(1, List.of(Put.on("e1").set("x", 120.0).set("y", -0.0).set("w", 1e12).build())));
            assertThat(json).contains("\"x\":120,").contains("\"y\":0,").contains("\"w\":1000000000000}").doesNotContain(".0");
        }

        @Test
        void fractional_and_huge_numbers_keep_their_value() throws Exception {
            for (double d : new double[]{40.5, -0.25, 1e-7, 1e20, -1e300, 123456789.125}) {
                ChangeRequest m = new ChangeRequest(1, List.of(Put.of("e1", "x", Value.of(d))));
                assertThat(CODEC.decodeClient(CODEC.encode(m))).as("%s", d).isEqualTo(m);
            }
        }

        @Test
        void null_in_a_set_decodes_to_the_null_value_and_encodes_as_null() throws Exception {
            ChangeRequest m = (ChangeRequest) CODEC.decodeClient("""
                    {"type":"change","clientSeq":3,"ops":[{"id":"e1","set":{"parent":null,"link":null}}]}""");
            Put op = m.ops().getFirst();
            assertThat(op.set()).containsOnlyKeys("parent", "link");
            assertThat(op.set().get("parent")).isEqualTo(Value.NULL);
            assertThat(op.set().get("parent").isNull()).isTrue();
            assertThat(CODEC.encode(m)).contains("\"parent\":null").contains("\"link\":null");
        }

        @Test
        void text_flags_and_numbers_keep_their_json_types() throws Exception {
            JsonNode set = tree(CODEC.encode(new ChangeRequest(1, List.of(OP)))).path("ops").path(0).path("set");
            assertThat(set.path("x").isIntegralNumber()).isTrue();
            assertThat(set.path("y").isFloatingPointNumber()).isTrue();
            assertThat(set.path("bold").isBoolean()).isTrue();
            assertThat(set.path("text").isTextual()).isTrue();
            assertThat(set.path("parent").isNull()).isTrue();
        }

        @Test
        void property_order_within_an_op_is_kept() throws Exception {
            ChangeRequest m = (ChangeRequest) CODEC.decodeClient("""
                    {"type":"change","clientSeq":3,"ops":[{"id":"e1","set":{"y":1,"x":2,"a":3}}]}""");
            assertThat(m.ops().getFirst().set().keySet()).containsExactly("y", "x", "a");
        }
    }

    @Nested
    class Tolerance {

        @Test
        void unknown_fields_are_ignored_everywhere() throws Exception {
            assertThat(CODEC.decodeClient("""
                    {"type":"ping","sentAt":"2026-01-01","extra":{"deep":[1,2,{"x":null}]}}""")).isEqualTo(new Ping());
            assertThat(CODEC.decodeClient("""
                    {"type":"hello","protocol":1,"projectId":"p1","clientId":"c1","lastSeq":0,"appVersion":"2.1","features":["x"]}"""))
                    .isEqualTo(new Hello(1, null, "p1", "c1", 0));
            assertThat(CODEC.decodeClient("""
                    {"type":"change","clientSeq":7,"note":"x","ops":[{"id":"e1","set":{"x":1},"why":"drag"}]}"""))
                    .isEqualTo(new ChangeRequest(7, List.of(Put.of("e1", "x", Value.of(1)))));
            assertThat(CODEC.decodeHost("""
                    {"type":"ack","clientSeq":7,"seq":42,"serverTime":123}""")).isEqualTo(new Ack(7, 42));
        }

        @Test
        void whitespace_around_a_frame_is_fine() throws Exception {
            assertThat(CODEC.decodeClient("  \n{ \"type\" : \"ping\" }\n ")).isEqualTo(new Ping());
        }
    }

    @Nested
    class Secrets {

        @Test
        void the_token_never_appears_in_hello_to_string() {
            Hello hello = new Hello(1, TOKEN, "p1", "c1", 5);
            assertThat(hello.toString()).doesNotContain(TOKEN).doesNotContain("s3cr3t").contains("p1").contains("c1");
        }

        @Test
        void the_token_is_sent_on_the_wire() throws Exception {
            assertThat(tree(CODEC.encode(new Hello(1, TOKEN, "p1", "c1", 0))).path("token").asText()).isEqualTo(TOKEN);
        }

        @Test
        void the_token_does_not_appear_in_errors_about_a_bad_hello() {
            for (String frame : List.of(
                    "{\"type\":\"hello\",\"protocol\":1,\"token\":\"" + TOKEN + "\",\"projectId\":\"p1\",\"lastSeq\":0}",
                    "{\"type\":\"hello\",\"protocol\":1,\"token\":\"" + TOKEN + "\",\"projectId\":\"p1\",\"clientId\":\"c1\",\"lastSeq\":-1}",
                    "{\"type\":\"hello\",\"protocol\":\"one\",\"token\":\"" + TOKEN + "\",\"projectId\":\"p1\",\"clientId\":\"c1\",\"lastSeq\":0}")) {
                assertThat(clientError(frame).getMessage()).as(frame).doesNotContain("s3cr3t");
            }
        }
    }

    @Nested
    class BadInput {

        static Stream<Arguments> badFrames() {
            String changeWith = "{\"type\":\"change\",\"clientSeq\":7,\"ops\":[{\"id\":\"e1\",\"set\":{\"x\":%s}}]}";
            return Stream.of(
                    arguments("empty", "", ErrorCode.MALFORMED_JSON, "empty"),
                    arguments("blank", " \n\t ", ErrorCode.MALFORMED_JSON, "empty"),
                    arguments("not JSON", "hello host", ErrorCode.MALFORMED_JSON, "not valid JSON"),
                    arguments("truncated", "{\"type\":\"change\",\"clientSeq\":7,\"ops\":[{\"id\":\"e1\"", ErrorCode.MALFORMED_JSON, "end-of-input"),
                    arguments("unterminated string", "{\"type\":\"chat\",\"text\":\"hi", ErrorCode.MALFORMED_JSON, "not valid JSON"),
                    arguments("trailing garbage", "{\"type\":\"ping\"} x", ErrorCode.MALFORMED_JSON, "not valid JSON"),
                    arguments("two messages in one frame", "{\"type\":\"ping\"}{\"type\":\"ping\"}", ErrorCode.MALFORMED_JSON, "after the end of the message"),
                    arguments("NaN", changeWith.formatted("NaN"), ErrorCode.MALFORMED_JSON, "NaN"),
                    arguments("single quotes", "{'type':'ping'}", ErrorCode.MALFORMED_JSON, "not valid JSON"),
                    arguments("array", "[{\"type\":\"ping\"}]", ErrorCode.BAD_MESSAGE, "JSON object"),
                    arguments("type-tagged array", "[\"ping\",{}]", ErrorCode.BAD_MESSAGE, "JSON object"),
                    arguments("number", "42", ErrorCode.BAD_MESSAGE, "JSON object"),
                    arguments("string", "\"ping\"", ErrorCode.BAD_MESSAGE, "JSON object"),
                    arguments("null", "null", ErrorCode.BAD_MESSAGE, "JSON object"),
                    arguments("missing type", "{\"text\":\"hi\"}", ErrorCode.BAD_MESSAGE, "\"type\""),
                    arguments("null type", "{\"type\":null}", ErrorCode.BAD_MESSAGE, "\"type\""),
                    arguments("unknown type", "{\"type\":\"launch-missiles\"}", ErrorCode.UNKNOWN_TYPE, "launch-missiles"),
                    arguments("clientSeq not a number", "{\"type\":\"change\",\"clientSeq\":\"x\",\"ops\":[]}", ErrorCode.BAD_MESSAGE, "clientSeq"),
                    arguments("clientSeq out of range", "{\"type\":\"change\",\"clientSeq\":99999999999999999999,\"ops\":[]}", ErrorCode.BAD_MESSAGE, "clientSeq"),
                    arguments("ops an object", "{\"type\":\"change\",\"clientSeq\":7,\"ops\":{}}", ErrorCode.BAD_MESSAGE, "ops"),
                    arguments("set a string", "{\"type\":\"change\",\"clientSeq\":7,\"ops\":[{\"id\":\"e1\",\"set\":\"x\"}]}", ErrorCode.BAD_MESSAGE, "set"),
                    arguments("change without ops", "{\"type\":\"change\",\"clientSeq\":7}", ErrorCode.BAD_MESSAGE, "ops"),
                    arguments("change with null ops", "{\"type\":\"change\",\"clientSeq\":7,\"ops\":null}", ErrorCode.BAD_MESSAGE, "ops"),
                    arguments("change with a null op", "{\"type\":\"change\",\"clientSeq\":7,\"ops\":[null]}", ErrorCode.BAD_MESSAGE, "ops"),
                    arguments("op without id", "{\"type\":\"change\",\"clientSeq\":7,\"ops\":[{\"set\":{\"x\":1}}]}", ErrorCode.BAD_MESSAGE, "ops[0]"),
                    arguments("change without clientSeq", "{\"type\":\"change\",\"ops\":[]}", ErrorCode.BAD_MESSAGE, "clientSeq"),
                    arguments("hello without clientId", "{\"type\":\"hello\",\"protocol\":1,\"projectId\":\"p1\",\"lastSeq\":0}", ErrorCode.BAD_MESSAGE, "clientId"),
                    arguments("hello without projectId", "{\"type\":\"hello\",\"protocol\":1,\"clientId\":\"c1\",\"lastSeq\":0}", ErrorCode.BAD_MESSAGE, "projectId"),
                    arguments("hello without protocol", "{\"type\":\"hello\",\"projectId\":\"p1\",\"clientId\":\"c1\",\"lastSeq\":0}", ErrorCode.BAD_MESSAGE, "protocol"),
                    arguments("hello with negative lastSeq", "{\"type\":\"hello\",\"protocol\":1,\"projectId\":\"p1\",\"clientId\":\"c1\",\"lastSeq\":-1}", ErrorCode.BAD_MESSAGE, "lastSeq"),
                    arguments("chat without text", "{\"type\":\"chat\"}", ErrorCode.BAD_MESSAGE, "text"),
                    arguments("clientSeq 0", "{\"type\":\"change\",\"clientSeq\":0,\"ops\":[]}", ErrorCode.BAD_MESSAGE, "clientSeq must be 1 or more"),
                    arguments("clientSeq negative", "{\"type\":\"change\",\"clientSeq\":-5,\"ops\":[]}", ErrorCode.BAD_MESSAGE, "clientSeq must be 1 or more"),
                    arguments("object inside set", changeWith.formatted("{\"a\":1}"), ErrorCode.BAD_MESSAGE, "set.x"),
                    arguments("array inside set", changeWith.formatted("[1,2]"), ErrorCode.BAD_MESSAGE, "set.x"),
                    arguments("300-digit number in set", changeWith.formatted("9".repeat(300)), ErrorCode.LIMIT_EXCEEDED, "Number value length"),
                    arguments("300-digit clientSeq", "{\"type\":\"change\",\"clientSeq\":" + "1".repeat(300) + ",\"ops\":[]}", ErrorCode.LIMIT_EXCEEDED, "Number value length"),
                    arguments("10,000 [", "[".repeat(10_000), ErrorCode.LIMIT_EXCEEDED, "nesting depth"),
                    arguments("deep nesting in an unknown field", "{\"type\":\"ping\",\"x\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}",
                            ErrorCode.LIMIT_EXCEEDED, "nesting depth"),
                    arguments("deep objects", "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000), ErrorCode.LIMIT_EXCEEDED, "nesting depth"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("badFrames")
        void a_bad_frame_is_refused_with_the_right_code_and_an_actionable_message(String what, String frame, ErrorCode code, String says) {
            ProtocolException e = clientError(frame);
            assertThat(e.code()).as("code for %s (message: %s)", what, e.getMessage()).isEqualTo(code);
            assertThat(e.getMessage()).as(what).contains(says).hasSizeLessThan(400);
        }

        @Test
        void host_frames_are_checked_the_same_way() {
            assertThatThrownBy(() -> CODEC.decodeHost("null"))
                    .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_MESSAGE));
            assertThatThrownBy(() -> CODEC.decodeHost("{\"type\":\"welcome\",\"protocol\":1,\"seq\":1}"))
                    .isInstanceOfSatisfying(ProtocolException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.BAD_MESSAGE);
                        assertThat(e.getMessage()).contains("objects or changes");
                    });
            assertThatThrownBy(() -> CODEC.decodeHost("{\"type\":\"welcome\",\"protocol\":1,\"seq\":1,\"objects\":[],\"changes\":[]}"))
                    .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_MESSAGE));
            assertThatThrownBy(() -> CODEC.decodeHost("{\"type\":\"welcome\",\"protocol\":1,\"seq\":1,\"changes\":[{\"seq\":2,\"ops\":[]}]}"))
                    .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.getMessage()).contains("type").contains("changes"));
        }

        @Test
        void a_frame_over_the_limit_fails_fast_without_being_parsed() {
            // not even JSON: if it were parsed the code would be MALFORMED_JSON
            String frame = "{\"type\":\"chat\",\"text\":\"" + "a".repeat(10_000_000);
            ProtocolException e = clientError(frame);
            assertThat(e.code()).isEqualTo(ErrorCode.FRAME_TOO_LARGE);
            assertThat(e.getMessage()).contains(String.valueOf(frame.length())).contains(String.valueOf(Codec.FrameLimits.DEFAULT.maxFrameChars()));
        }

        @Test
        void a_frame_exactly_at_the_limit_is_parsed() throws Exception {
            Codec small = new Codec(new Codec.FrameLimits(100, 32, 1_000, 40));
            String head = "{\"type\":\"chat\",\"text\":\"";
            String frame = head + "a".repeat(100 - head.length() - 2) + "\"}";
            assertThat(frame).hasSize(100);
            assertThat(small.decodeClient(frame)).isInstanceOf(ChatSend.class);
            assertThat(clientError(small, frame.replace("\"}", "a\"}")).code()).isEqualTo(ErrorCode.FRAME_TOO_LARGE);
        }

        @Test
        void a_string_longer_than_the_limit_is_refused() {
            Codec small = new Codec(new Codec.FrameLimits(100_000, 32, 1_000, 40));
            ProtocolException chat = clientError(small, "{\"type\":\"chat\",\"text\":\"" + "a".repeat(1_001) + "\"}");
            assertThat(chat.code()).isEqualTo(ErrorCode.LIMIT_EXCEEDED);
            assertThat(chat.getMessage()).contains("String value length").contains("1000");
            ProtocolException inSet = clientError(small,
                    "{\"type\":\"change\",\"clientSeq\":1,\"ops\":[{\"id\":\"e1\",\"set\":{\"text\":\"" + "b".repeat(5_000) + "\"}}]}");
            assertThat(inSet.code()).isEqualTo(ErrorCode.LIMIT_EXCEEDED);
            assertThat(inSet.getMessage()).contains("ops[0]");
        }

        @Test
        void a_string_at_the_limit_is_accepted() throws Exception {
            Codec small = new Codec(new Codec.FrameLimits(100_000, 32, 1_000, 40));
            assertThat(small.decodeClient("{\"type\":\"chat\",\"text\":\"" + "a".repeat(1_000) + "\"}")).isEqualTo(new ChatSend("a".repeat(1_000)));
        }

        @Test
        void nesting_at_the_limit_is_accepted_one_more_is_refused() throws Exception {
            Codec shallow = new Codec(new Codec.FrameLimits(100_000, 5, 1_000, 40));
            // the message object is level 1, so four arrays inside it make 5 levels: fits; five do not
            assertThat(shallow.decodeClient("{\"type\":\"ping\",\"x\":[[[[]]]]}")).isEqualTo(new Ping());
            assertThat(clientError(shallow, "{\"type\":\"ping\",\"x\":[[[[[]]]]]}").code()).isEqualTo(ErrorCode.LIMIT_EXCEEDED);
        }

        @Test
        void huge_unknown_type_names_are_clipped_in_the_message() {
            ProtocolException e = clientError("{\"type\":\"" + "x".repeat(100_000) + "\"}");
            assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_TYPE);
            assertThat(e.getMessage()).hasSizeLessThan(300);
        }

        @Test
        void null_frame_is_refused() {
            assertThat(clientError((String) null).code()).isEqualTo(ErrorCode.MALFORMED_JSON);
        }

        @Test
        void a_refusal_becomes_the_documented_error_frame() throws Exception {
            ProtocolException e = clientError("{\"type\":\"launch\"}");
            ErrorMessage frame = e.toMessage();
            assertThat(frame.code()).isEqualTo("unknown_type");
            assertThat(frame.message()).isEqualTo(e.getMessage());
            assertThat(tree(CODEC.encode(frame)).path("type").asText()).isEqualTo("error");
        }

        @Test
        void error_codes_have_snake_case_wire_names() {
            assertThat(Arrays.stream(ErrorCode.values()).map(ErrorCode::wireName))
                    .allMatch(n -> n.matches("[a-z]+(_[a-z]+)*"))
                    .contains("malformed_json", "bad_message", "unknown_type", "frame_too_large", "limit_exceeded");
        }
    }
}
