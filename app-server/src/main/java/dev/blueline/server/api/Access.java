package dev.blueline.server.api;

import dev.blueline.model.room.Member;
import dev.blueline.model.room.Role;
import dev.blueline.server.http.ApiException;
import dev.blueline.server.store.Membership;
import dev.blueline.server.store.ProjectStore;

/** Project-level authorisation: every route that touches a project asks here first. */
public final class Access {
    private final ProjectStore projects;

    public Access(ProjectStore projects) {
        this.projects = projects;
    }

    /**
     * The user's membership when they have at least {@code least}. Non-members get 404 (a project
     * you are not in does not exist for you); members with too small a role get 403.
     */
    public Membership require(String projectId, String userId, Role least) {
        Membership m = projects.membership(projectId, userId)
                .orElseThrow(() -> ApiException.notFound("no project " + projectId));
        if (rank(m.role()) < rank(least)) {
            throw ApiException.forbidden("this needs the " + least.wireName() + " role; you are " + m.role().wireName());
        }
        return m;
    }

    public static Member member(Membership m) {
        return new Member(m.userId(), m.userName(), m.color(), m.role());
    }

    static int rank(Role r) {
        return switch (r) {
            case VIEWER -> 0;
            case EDITOR -> 1;
            case OWNER -> 2;
        };
    }
}
