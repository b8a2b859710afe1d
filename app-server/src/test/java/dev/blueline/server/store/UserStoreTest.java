package dev.blueline.server.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserStoreTest extends StoreTestBase {

    @Test
    void anAccountIsFoundByIdAndByEmailInAnyCase() {
        User ada = stores.users().create("  Ada.Lovelace@Example.COM ", "Ada", "$2a$10$abc");

        assertThat(ada.email()).isEqualTo("ada.lovelace@example.com");
        assertThat(ada.guest()).isFalse();
        assertThat(ada.createdAt()).isEqualTo(START);
        assertThat(stores.users().byId(ada.id())).contains(ada);
        assertThat(stores.users().byEmail("ADA.LOVELACE@example.com")).contains(ada);
        assertThat(stores.users().byEmail("ada@example.com")).isEmpty();
        assertThat(stores.users().byEmail(null)).isEmpty();
        assertThat(stores.users().byId("nobody")).isEmpty();
    }

    @Test
    void anEmailCanBeRegisteredOnlyOnceWhateverItsCase() {
        stores.users().create("lin@example.com", "Lin", "h1");

        assertThatThrownBy(() -> stores.users().create("LIN@Example.com", "Lin again", "h2"))
                .isInstanceOf(DuplicateException.class)
                .hasMessageContaining("lin@example.com");
        assertThat(stores.users().byEmail("lin@example.com")).get().extracting(User::name).isEqualTo("Lin");
    }

    @Test
    void guestsHaveANameButNoEmailOrPasswordAndMayShareANameWithOthers() {
        User g1 = stores.users().createGuest("Visitor");
        User g2 = stores.users().createGuest("Visitor");

        assertThat(g1.id()).isNotEqualTo(g2.id());
        assertThat(stores.users().byId(g1.id())).get().satisfies(g -> {
            assertThat(g.guest()).isTrue();
            assertThat(g.email()).isNull();
            assertThat(g.passwordHash()).isNull();
            assertThat(g.name()).isEqualTo("Visitor");
        });
    }

    @Test
    void idsAreRandomUuids() {
        User a = user("A");
        User b = user("B");

        assertThat(a.id()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}").isNotEqualTo(b.id());
    }
}
