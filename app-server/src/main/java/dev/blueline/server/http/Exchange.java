package dev.blueline.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
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
        try {
            T value = mapper.readValue(bytes, type);
            if (value == null) throw ApiException.badRequest("a JSON object is required, not null");
            return value;
        } catch (MismatchedInputException e) {
            throw ApiException.badRequest("the body does not have the expected shape: " + clean(e.getOriginalMessage()) + path(e));
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IllegalArgumentException iae) throw ApiException.badRequest(clean(iae.getMessage()));
            throw ApiException.badRequest("the body is not valid JSON: " + clean(e.getOriginalMessage()));
        } catch (IOException e) {
            throw ApiException.badRequest("the body could not be read: " + e.getMessage());
        }
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
