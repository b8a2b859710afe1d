package dev.blueline.server.store;

import java.util.List;
import java.util.Optional;

public interface ComponentStore {
    CustomComponent create(String projectId, String name, String definition, String createdBy);

    Optional<CustomComponent> byId(String id);

    /** Components of a project by name. */
    List<CustomComponent> forProject(String projectId);

    boolean delete(String id);
}
