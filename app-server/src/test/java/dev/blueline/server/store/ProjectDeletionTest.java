package dev.blueline.server.store;

import dev.blueline.model.room.ChatEntry;
import dev.blueline.model.room.Role;
import dev.blueline.server.store.jooq.H2Stores;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import static dev.blueline.model.testing.Fixtures.element;
import static dev.blueline.model.testing.Fixtures.screen;
import static org.assertj.core.api.Assertions.assertThat;

/** Deleting a project removes everything in it, through the foreign keys, and nothing of other projects. */
class ProjectDeletionTest extends StoreTestBase {
    private static final List<String> PROJECT_TABLES = List.of("PROJECT_MEMBERS", "INVITES", "CHANGE_LOG", "OBJECTS",
            "CHAT_MESSAGES", "CONVERSATIONS", "CUSTOM_COMPONENTS");

    @Test
    void deletingAProjectDeletesEverythingInItAndNothingElse() throws Exception {
        User ada = user("Ada");
        User lin = user("Lin");
        Project doomed = filled("Doomed", ada, lin);
        Project kept = filled("Kept", ada, lin);
        String conversation = stores.conversations().forProject(doomed.id()).getFirst().id();

        assertThat(stores.projects().delete(doomed.id())).isTrue();

        for (String table : PROJECT_TABLES) {
            assertThat(count(table, doomed.id())).as(table).isZero();
            assertThat(count(table, kept.id())).as(table).isPositive();
        }
        assertThat(stores.conversations().messages(conversation)).isEmpty();
        assertThat(stores.roomStore(doomed.id()).load().document().size()).isZero();
        assertThat(stores.roomStore(kept.id()).load().document().size()).isEqualTo(2);
        assertThat(stores.users().byId(lin.id())).isPresent();
    }

    private Project filled(String name, User owner, User member) throws Exception {
        Project p = project(name, owner);
        stores.projects().addMember(p.id(), member.id(), Role.EDITOR);
        stores.invites().create(p.id(), Role.VIEWER, owner.id(), START.plus(Duration.ofDays(1)));
        RoomFeed feed = new RoomFeed(owner.id());
        feed.change("c1", 1, screen("s1", "Home"), element("e1", "button", "s1", 0, 0));
        feed.chat(new ChatEntry(name + "-m1", owner.id(), owner.name(), "hi", START));
        feed.commit(stores.roomStore(p.id()));
        Conversation c = stores.conversations().create(p.id(), "Ideas", owner.id());
        stores.conversations().addMessage(c.id(), "user", "draft a login screen");
        stores.components().create(p.id(), "Card", "[]", owner.id());
        return p;
    }

    private long count(String table, String projectId) throws SQLException {
        try (Connection c = DriverManager.getConnection(H2Stores.fileUrl(dataDir), "sa", "");
             var st = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE PROJECT_ID = ?")) {
            st.setString(1, projectId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
