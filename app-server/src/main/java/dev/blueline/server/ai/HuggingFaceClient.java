package dev.blueline.server.ai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One chat completion from the HuggingFace Inference Providers router (the OpenAI-compatible
 * {@code /chat/completions}): sends the messages with the bearer token and returns the text of
 * the first choice. No retries, no fallback: {@link ScreenDrafter} decides those.
 */
public final class HuggingFaceClient implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HuggingFaceClient.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    /** far more than any screen; a larger answer is not one */
    static final long MAX_ANSWER_BYTES = 2L << 20;
    static final int MAX_TOKENS = 4_096;
    static final double TEMPERATURE = 0.2;

    /** One message of the conversation: role "system", "user" or "assistant". */
    public record ChatMessage(String role, String content) {
        public ChatMessage {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(content, "content");
        }
    }

    private final String token;
    private final String model;
    private final HttpUrl endpoint;
    private final OkHttpClient http;
    private final ObjectMapper mapper = new ObjectMapper();
    /** Some providers refuse response_format; after one says so, ask without it (the prompt asks for JSON anyway). */
    private final AtomicBoolean jsonMode = new AtomicBoolean(true);

    public HuggingFaceClient(String token, DrafterSettings settings) {
        if (token == null || token.isBlank()) throw new IllegalArgumentException("a HuggingFace token is needed");
        this.token = token.strip();
        this.model = settings.model();
        this.endpoint = HttpUrl.get(settings.baseUrl() + "/chat/completions");
        this.http = new OkHttpClient.Builder()
                .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                // the router answers only once the whole completion is ready, so reading may take as long as the call
                .readTimeout(settings.callTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(settings.callTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .callTimeout(settings.callTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build();
    }

    public String model() {
        return model;
    }

    /**
     * @return the content of the first choice
     * @throws HuggingFaceException for every kind of failure; never carries the token
     */
    public String complete(List<ChatMessage> messages) {
        boolean asJson = jsonMode.get();
        try {
            return send(messages, asJson);
        } catch (HuggingFaceException e) {
            if (!(asJson && refusedResponseFormat(e))) throw e;
            jsonMode.set(false);
            log.info("HuggingFace refused response_format for {}; asking for JSON in the prompt only", model);
            return send(messages, false);
        }
    }

    private static boolean refusedResponseFormat(HuggingFaceException e) {
        return (e.status() == 400 || e.status() == 422) && e.detail().toLowerCase(Locale.ROOT).contains("response_format");
    }

    private String send(List<ChatMessage> messages, boolean asJson) {
        Request request = new Request.Builder()
                .url(endpoint)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .post(RequestBody.create(body(messages, asJson), JSON))
                .build();
        try (Response response = http.newCall(request).execute()) {
            String text = readLimited(response.body());
            if (!response.isSuccessful()) throw failure(response, text);
            return content(text);
        } catch (InterruptedIOException e) {
            // OkHttp's call and socket timeouts both land here
            throw new HuggingFaceException(HuggingFaceException.Kind.TIMEOUT, 0, null, scrub(e.getMessage()), model, e);
        } catch (IOException e) {
            throw new HuggingFaceException(HuggingFaceException.Kind.UNREACHABLE, 0, null, scrub(e.getMessage()), model, e);
        }
    }

    private byte[] body(List<ChatMessage> messages, boolean asJson) {
        ObjectNode body = mapper.createObjectNode();
        body.put("model", model);
        body.set("messages", mapper.valueToTree(messages));
        body.put("temperature", TEMPERATURE);
        body.put("max_tokens", MAX_TOKENS);
        body.put("stream", false);
        if (asJson) body.putObject("response_format").put("type", "json_object");
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write a chat request", e);
        }
    }

    private String readLimited(ResponseBody body) throws IOException {
        BufferedSource source = body.source();
        if (source.request(MAX_ANSWER_BYTES + 1)) {
            throw new HuggingFaceException(HuggingFaceException.Kind.BAD_ANSWER, 0, null,
                    "the answer is larger than " + MAX_ANSWER_BYTES + " bytes", model, null);
        }
        return source.getBuffer().readUtf8();
    }

    private String content(String text) {
        JsonNode answer;
        try {
            answer = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw badAnswer("the answer is not JSON", e);
        }
        JsonNode content = answer == null ? null : answer.path("choices").path(0).path("message").path("content");
        if (content == null || !content.isTextual()) throw badAnswer("the answer has no choices[0].message.content", null);
        return content.asText();
    }

    private HuggingFaceException badAnswer(String why, Throwable cause) {
        return new HuggingFaceException(HuggingFaceException.Kind.BAD_ANSWER, 0, null, why, model, cause);
    }

    private HuggingFaceException failure(Response response, String text) {
        int status = response.code();
        String detail = scrub(errorText(text));
        Duration retryAfter = retryAfter(response.header("Retry-After"), text);
        HuggingFaceException.Kind kind = switch (status) {
            case 401, 403 -> HuggingFaceException.Kind.REFUSED;
            case 429 -> HuggingFaceException.Kind.BUSY;
            case 503 -> detail.toLowerCase(Locale.ROOT).contains("loading") ? HuggingFaceException.Kind.LOADING : HuggingFaceException.Kind.SERVER;
            default -> status >= 500 ? HuggingFaceException.Kind.SERVER : HuggingFaceException.Kind.REJECTED;
        };
        return new HuggingFaceException(kind, status, retryAfter, detail, model, null);
    }

    /** The router answers errors as {"error": "..."} or {"error": {"message": "..."}}; anything else is shown cut short. */
    private String errorText(String text) {
        String message = text;
        try {
            JsonNode error = mapper.readTree(text).path("error");
            if (error.isTextual()) message = error.asText();
            else if (error.path("message").isTextual()) message = error.path("message").asText();
        } catch (JsonProcessingException notJson) {
            message = "(not JSON) " + text;
        }
        message = message.strip();
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }

    /** Retry-After in seconds or as an HTTP date; a loading model's estimated_time when there is no header. */
    private Duration retryAfter(String header, String text) {
        if (header != null && !header.isBlank()) {
            String h = header.strip();
            try {
                return Duration.ofSeconds(Math.max(0, Long.parseLong(h)));
            } catch (NumberFormatException notSeconds) {
                try {
                    Duration d = Duration.between(Instant.now(), ZonedDateTime.parse(h, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                    return d.isNegative() ? Duration.ZERO : d;
                } catch (DateTimeParseException notADate) {
                    log.debug("ignoring a Retry-After that is neither seconds nor a date: {}", h);
                }
            }
        }
        try {
            JsonNode estimate = mapper.readTree(text).path("estimated_time");
            if (estimate.isNumber() && estimate.asDouble() >= 0 && estimate.asDouble() < 86_400) {
                return Duration.ofMillis((long) (estimate.asDouble() * 1000));
            }
        } catch (JsonProcessingException notJson) {
            log.debug("no estimated_time: the error body is not JSON");
        }
        return null;
    }

    /** The token never leaves this class, even if a server or an exception were to echo it. */
    private String scrub(String s) {
        return s == null ? "" : s.replace(token, "***");
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
