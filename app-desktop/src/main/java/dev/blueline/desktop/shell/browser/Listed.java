package dev.blueline.desktop.shell.browser;

import dev.blueline.server.store.JoinedRecord;
import dev.blueline.server.store.Project;

import java.time.Instant;

/** A line of the project browser: one of this app's own projects, or one joined on a teammate's host. */
public sealed interface Listed {
    String name();

    /** When it last changed (own) or was last opened (joined), for the order of the list. */
    Instant when();

    record Own(Project project) implements Listed {
        @Override
        public String name() {
            return project.name();
        }

        @Override
        public Instant when() {
            return project.updatedAt();
        }
    }

    record Joined(JoinedRecord joined) implements Listed {
        @Override
        public String name() {
            return joined.projectName();
        }

        @Override
        public Instant when() {
            return joined.openedAt();
        }
    }
}
