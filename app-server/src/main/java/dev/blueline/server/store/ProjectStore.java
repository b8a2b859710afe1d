package dev.blueline.server.store;

import dev.blueline.model.room.Role;

import java.util.List;
import java.util.Optional;

public interface ProjectStore {
    /** A new project; its owner becomes a member with role owner. */
    Project create(String name, String ownerId);

    Optional<Project> byId(String id);

    /** Projects the user is a member of, most recently updated first. */
    List<Project> forUser(String userId);

    Optional<Project> rename(String id, String name);

    /** Deletes the project with everything in it (members, invites, objects, change log, chat, conversations, components). */
    boolean delete(String id);

    Optional<Membership> membership(String projectId, String userId);

    /** Members, owner first, then by the time they joined. */
    List<Membership> members(String projectId);

    /**
     * Makes the user a member with exactly this role (a member already there keeps the higher of
     * the two roles, so an owner following an invite link stays owner). Assigns a presence colour
     * that is not yet taken in the project when possible.
     */
    Membership addMember(String projectId, String userId, Role role);

    boolean setRole(String projectId, String userId, Role role);

    boolean removeMember(String projectId, String userId);
}
