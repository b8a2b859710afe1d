package dev.blueline.server.store;

import dev.blueline.model.document.Value;

import java.util.Map;

/** One object of a project document as stored in the objects table, current as of {@code updatedSeq}. */
public record StoredObject(String id, Map<String, Value> props, long updatedSeq) {
}
