package dev.blueline.server.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.blueline.server.auth.Principal;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** One API request as an endpoint sees it: path parameters, query, JSON body, and who is asking. */
public final class Exchange {
    private final Request request;
    private final Map<String, String> params;
    private final ObjectMapper mapper;
    private final int maxBodyBytes;
    private final String requestId;
    private Principal principal;
    private Fields query;

    Exchange(Request request, Map<String, String> params, ObjectMapper mapper, int maxBodyBytes, String requestId) {
        this.request = request;
        this.params = params;
        this.mapper = mapper;
        this.maxBodyBytes = maxBodyBytes;
        this.requestId = requestId;
    }

    void signedInAs(Principal p) {
        this.principal = p;
    }

    /** Who is asking; only on routes that require signing in. */
    public Principal principal() {
        if (principal == null) throw new IllegalStateException("route does not require sign-in");
        return principal;
    }

    public String userId() {
        return principal().userId();
    }

    public String requestId() {
        return requestId;
    }

    public String path(String name) {
        String v = params.get(name);
        if (v == null) throw new IllegalStateException("no path parameter " + name);
        return v;
    }

    /** A query parameter, or null. */
    public String query(String name) {
        if (query == null) query = Request.extractQueryParameters(request);
        return query.getValue(name);
    }

    /** A required query parameter. */
    public String requireQuery(String name) {
        String v = query(name);
        if (v == null || v.isBlank()) throw ApiException.badRequest("query parameter '" + name + "' is required");
        return v;
    }

    public String header(String name) {
        return request.getHeaders().get(name);
    }

    public String remoteAddress() {
        return Request.getRemoteAddr(request);
    }

    /** The JSON body read as {@code type}; a clear 400/413/415 when it cannot be. */
    public <T> T body(Class<T> type) {
        String ct = header("Content-Type");
        if (ct != null && !ct.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(415, "unsupported_media_type", "send the body as application/json");
        }
        byte[] bytes = readBody();
        if (bytes.length == 0) throw ApiException.badRequest("a JSON body is required");
        try (JsonParser parser = mapper.createParser(bytes)) {
            T value;
            try {
                value = mapper.readValue(parser, type);
            } catch (JsonProcessingException e) {
                throw ApiException.badRequest(problemWith(e)); // while the parser is open: it knows what it found
            }
            if (value == null) throw ApiException.badRequest("a JSON object is required, not null");
            return value;
        } catch (IOException e) {
            throw ApiException.badRequest("the body could not be read: " + e.getMessage());
        }
    }

    /** What is wrong with a body Jackson could not read, in words a client developer can act on. */
    private static String problemWith(JsonProcessingException e) {
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof StreamConstraintsException c) {
                String why = clean(c.getOriginalMessage()).replaceAll(", from `[^`]*`\\)", ")");
                return "the body is nested too deeply or has a value too long: " + why;
            }
            if (t instanceof JsonParseException p) return "the body is not valid JSON: " + clean(p.getOriginalMessage());
        }
        if (e instanceof MismatchedInputException m) {
            if (m.getOriginalMessage() != null && m.getOriginalMessage().startsWith("Trailing token")) {
                return "the body is not valid JSON: there is more after the end of the JSON value";
            }
            String wrongType = wrongType(m);
            if (wrongType != null) return wrongType;
            return "the body does not have the expected shape: " + clean(m.getOriginalMessage()) + path(e);
        }
        if (e instanceof ValueInstantiationException v && v.getCause() != null) {
            // a record refused its values (e.g. an op without an id)
            String why = v.getCause().getMessage() != null ? v.getCause().getMessage() : v.getCause().getClass().getSimpleName();
            return "the body does not have the expected shape: " + clean(why) + " is missing or wrong" + path(e);
        }
        if (e.getCause() instanceof IllegalArgumentException iae) return clean(iae.getMessage()) + path(e);
        return "the body does not have the expected shape: " + clean(e.getOriginalMessage()) + path(e);
    }

    private byte[] readBody() {
        long declared = request.getLength();
        if (declared > maxBodyBytes) throw new ApiException(413, "too_large", "the body is " + declared + " bytes, the limit is " + maxBodyBytes);
        try (InputStream in = Content.Source.asInputStream(request)) {
            byte[] bytes = in.readNBytes(maxBodyBytes + 1);
            if (bytes.length > maxBodyBytes) throw new ApiException(413, "too_large", "the body is over the limit of " + maxBodyBytes + " bytes");
            return bytes;
        } catch (IOException e) {
            throw ApiException.badRequest("the body could not be read: " + e.getMessage());
        }
    }

    /** "name must be text, not a number", or null when the mismatch is not about a value's type. */
    private static String wrongType(MismatchedInputException m) {
        Class<?> target = m.getTargetType();
        if (target == null || !(m.getProcessor() instanceof JsonParser p) || p.currentToken() == null) return null;
        String where = fieldPath(m);
        String expected = describeType(target);
        String got = switch (p.currentToken()) {
            case START_OBJECT, FIELD_NAME -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_NULL -> "null";
            default -> null;
        };
        if (got == null || expected.equals(got)) return null;
        return (where.isEmpty() ? "the body" : where) + " must be " + expected + ", not " + got;
    }

    private static String describeType(Class<?> t) {
        if (CharSequence.class.isAssignableFrom(t)) return "text";
        if (t == Integer.class || t == int.class || t == Long.class || t == long.class) return "a whole number";
        if (Number.class.isAssignableFrom(t) || t == double.class || t == float.class) return "a number";
        if (t == Boolean.class || t == boolean.class) return "true or false";
        if (java.util.Collection.class.isAssignableFrom(t) || t.isArray()) return "a list";
        if (t.getName().equals("dev.blueline.model.document.Value")) return "text, a number, true, false or null";
        return "an object";
    }

    /** {@code name}, {@code ops[0].set.x}: where in the body the problem is. */
    private static String fieldPath(com.fasterxml.jackson.databind.JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) sb.append(sb.isEmpty() ? "" : ".").append(ref.getFieldName());
            else if (ref.getIndex() >= 0) sb.append('[').append(ref.getIndex()).append(']');
        }
        return sb.toString();
    }

    private static String path(JsonProcessingException e) {
        if (!(e instanceof com.fasterxml.jackson.databind.JsonMappingException jm) || jm.getPath().isEmpty()) return "";
        StringBuilder sb = new StringBuilder(" (at ");
        for (var ref : jm.getPath()) {
            if (ref.getFieldName() != null) sb.append('.').append(ref.getFieldName());
            else if (ref.getIndex() >= 0) sb.append('[').append(ref.getIndex()).append(']');
        }
        return sb.append(')').toString();
    }

    private static String clean(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        s = nl < 0 ? s : s.substring(0, nl);
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
