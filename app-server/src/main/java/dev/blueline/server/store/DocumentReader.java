package dev.blueline.server.store;

import java.util.List;
import java.util.Optional;

/** Indexed reads of committed project documents, for the REST API. Writes go through a room. */
public interface DocumentReader {
    /** Screens that are not deleted, in their order. */
    List<StoredObject> screens(String projectId);

    Optional<StoredObject> object(String projectId, String id);

    /** Elements of a screen that are not deleted themselves (any nesting level). */
    List<StoredObject> elementsOf(String projectId, String screenId);

    /** Which project an object belongs to (ids are unique across projects in practice, not by rule: first match). */
    Optional<String> projectOf(String objectId);

    /** The seq of the last committed change of the project (0: none). */
    long seq(String projectId);
}
