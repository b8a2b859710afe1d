package dev.blueline.server.store;

import dev.blueline.model.room.Role;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectStoreTest extends StoreTestBase {

    @Test
    void theCreatorOwnsANewProject() {
        User ada = user("Ada");
        Project p = project("Shop", ada);

        assertThat(p.name()).isEqualTo("Shop");
        assertThat(p.ownerId()).isEqualTo(ada.id());
        assertThat(p.createdAt()).isEqualTo(START).isEqualTo(p.updatedAt());
        assertThat(stores.projects().byId(p.id())).contains(p);
        assertThat(stores.projects().membership(p.id(), ada.id())).get().satisfies(m -> {
            assertThat(m.role()).isEqualTo(Role.OWNER);
            assertThat(m.userName()).isEqualTo("Ada");
            assertThat(m.color()).matches("#[0-9a-f]{6}");
            assertThat(m.joinedAt()).isEqualTo(START);
        });
    }

    @Test
    void aUserSeesTheProjectsTheyBelongToMostRecentlyUpdatedFirst() {
        User ada = user("Ada");
        User lin = user("Lin");
        Project older = project("Older", ada);
        tick();
        Project newer = project("Newer", ada);
        tick();
        Project linsOwn = project("Lin's", lin);

        assertThat(stores.projects().forUser(ada.id())).extracting(Project::name).containsExactly("Newer", "Older");

        tick();
        stores.projects().rename(older.id(), "Older, renamed");
        stores.projects().addMember(linsOwn.id(), ada.id(), Role.VIEWER);

        assertThat(stores.projects().forUser(ada.id())).extracting(Project::name)
                .containsExactly("Older, renamed", "Lin's", "Newer");
        assertThat(stores.projects().forUser(lin.id())).extracting(Project::id).containsExactly(linsOwn.id());
        assertThat(newer.id()).isNotEqualTo(older.id());
    }

    @Test
    void renamingChangesTheNameAndTheUpdateTime() {
        Project p = project("Draft", user("Ada"));
        clock.advance(Duration.ofMinutes(5));

        assertThat(stores.projects().rename(p.id(), "Checkout")).get().satisfies(r -> {
            assertThat(r.name()).isEqualTo("Checkout");
            assertThat(r.updatedAt()).isEqualTo(START.plus(Duration.ofMinutes(5)));
            assertThat(r.createdAt()).isEqualTo(START);
        });
        assertThat(stores.projects().rename("missing", "x")).isEmpty();
    }

    @Test
    void membersAreListedOwnerFirstThenByJoiningTime() {
        User ada = user("Ada");
        User lin = user("Lin");
        User bo = user("Bo");
        Project p = project("Shop", ada);
        tick();
        stores.projects().addMember(p.id(), lin.id(), Role.EDITOR);
        tick();
        stores.projects().addMember(p.id(), bo.id(), Role.VIEWER);
        stores.projects().setRole(p.id(), ada.id(), Role.EDITOR);
        stores.projects().setRole(p.id(), bo.id(), Role.OWNER);

        assertThat(stores.projects().members(p.id())).extracting(Membership::userName).containsExactly("Bo", "Ada", "Lin");
    }

    @Test
    void eachNewMemberGetsAColourNobodyInTheProjectHas() {
        User owner = user("Owner");
        Project p = project("Big team", owner);
        Set<String> colours = new HashSet<>();
        colours.add(stores.projects().membership(p.id(), owner.id()).orElseThrow().color());
        for (int i = 1; i < 12; i++) {
            colours.add(stores.projects().addMember(p.id(), user("M" + i).id(), Role.EDITOR).color());
        }
        assertThat(colours).hasSize(12);

        // a thirteenth member has to share; a colour freed by someone leaving is handed out again
        String thirteenth = stores.projects().addMember(p.id(), user("M12").id(), Role.EDITOR).color();
        assertThat(colours).contains(thirteenth);
        Membership leaving = stores.projects().members(p.id()).get(5);
        stores.projects().removeMember(p.id(), leaving.userId());
        assertThat(stores.projects().addMember(p.id(), user("M13").id(), Role.VIEWER).color()).isEqualTo(leaving.color());
    }

    @Test
    void joiningAgainKeepsTheHigherRole() {
        User ada = user("Ada");
        User lin = user("Lin");
        Project p = project("Shop", ada);

        assertThat(stores.projects().addMember(p.id(), ada.id(), Role.VIEWER).role()).isEqualTo(Role.OWNER);
        Membership first = stores.projects().addMember(p.id(), lin.id(), Role.VIEWER);
        tick();
        Membership upgraded = stores.projects().addMember(p.id(), lin.id(), Role.EDITOR);
        Membership again = stores.projects().addMember(p.id(), lin.id(), Role.VIEWER);

        assertThat(upgraded.role()).isEqualTo(Role.EDITOR);
        assertThat(again.role()).isEqualTo(Role.EDITOR);
        assertThat(again.color()).isEqualTo(first.color());
        assertThat(again.joinedAt()).isEqualTo(first.joinedAt());
        assertThat(stores.projects().members(p.id())).hasSize(2);
    }

    @Test
    void rolesCanBeChangedAndMembersRemoved() {
        User ada = user("Ada");
        User lin = user("Lin");
        Project p = project("Shop", ada);
        stores.projects().addMember(p.id(), lin.id(), Role.EDITOR);

        assertThat(stores.projects().setRole(p.id(), lin.id(), Role.VIEWER)).isTrue();
        assertThat(stores.projects().membership(p.id(), lin.id())).get().extracting(Membership::role).isEqualTo(Role.VIEWER);
        assertThat(stores.projects().setRole(p.id(), "stranger", Role.EDITOR)).isFalse();

        assertThat(stores.projects().removeMember(p.id(), lin.id())).isTrue();
        assertThat(stores.projects().removeMember(p.id(), lin.id())).isFalse();
        assertThat(stores.projects().membership(p.id(), lin.id())).isEmpty();
        assertThat(stores.projects().forUser(lin.id())).isEmpty();
    }

    @Test
    void addingToAProjectOrAUserThatDoesNotExistIsRefused() {
        User ada = user("Ada");
        Project p = project("Shop", ada);

        assertThatThrownBy(() -> stores.projects().addMember("no-such-project", ada.id(), Role.EDITOR))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> stores.projects().addMember(p.id(), "no-such-user", Role.EDITOR))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(stores.projects().members(p.id())).hasSize(1);
    }

    @Test
    void deletingAProjectForgetsItButNotItsPeople() {
        User ada = user("Ada");
        User lin = user("Lin");
        Project p = project("Shop", ada);
        stores.projects().addMember(p.id(), lin.id(), Role.EDITOR);

        assertThat(stores.projects().delete(p.id())).isTrue();
        assertThat(stores.projects().delete(p.id())).isFalse();

        assertThat(stores.projects().byId(p.id())).isEmpty();
        assertThat(stores.projects().members(p.id())).isEmpty();
        assertThat(stores.projects().forUser(lin.id())).isEmpty();
        assertThat(stores.users().byId(lin.id())).isPresent();
        assertThat(List.of(ada, lin)).allSatisfy(u -> assertThat(stores.users().byId(u.id())).isPresent());
    }
}
