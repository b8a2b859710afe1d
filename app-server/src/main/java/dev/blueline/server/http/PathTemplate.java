package dev.blueline.server.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A path like {@code /api/v1/projects/{id}/members/{userId}}; matches segment by segment. */
public record PathTemplate(String text, List<String> segments) {

    public static PathTemplate of(String text) {
        return new PathTemplate(text, List.of(text.substring(1).split("/")));
    }

    /** The values of the {@code {names}}, or null when the path does not match. */
    public Map<String, String> match(String path) {
        String[] parts = path.length() > 1 && path.startsWith("/") ? path.substring(1).split("/", -1) : new String[]{""};
        if (parts.length != segments.size()) return null;
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < parts.length; i++) {
            String seg = segments.get(i);
            if (seg.startsWith("{") && seg.endsWith("}")) {
                if (parts[i].isEmpty()) return null;
                params.put(seg.substring(1, seg.length() - 1), parts[i]);
            } else if (!seg.equals(parts[i])) {
                return null;
            }
        }
        return params;
    }
}
