package dev.blueline.server.store;

import java.time.Instant;

/**
 * A reusable component saved to a project's library: a name and a definition (JSON text: the
 * elements it places, as ops relative to the component's top-left corner).
 */
public record CustomComponent(String id, String projectId, String name, String definition, String createdBy, Instant createdAt) {
}
