package dev.blueline.server.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ComponentStoreTest extends StoreTestBase {
    private static final String DEFINITION = "[{\"id\":\"b\",\"set\":{\"kind\":\"element\",\"type\":\"button\",\"x\":0,\"y\":0}}]";

    private User ada;
    private Project shop;

    @BeforeEach
    void project() {
        ada = user("Ada");
        shop = project("Shop", ada);
    }

    @Test
    void aComponentIsSavedWithItsDefinition() {
        CustomComponent c = stores.components().create(shop.id(), "Primary button", DEFINITION, ada.id());

        assertThat(c).isEqualTo(new CustomComponent(c.id(), shop.id(), "Primary button", DEFINITION, ada.id(), START));
        assertThat(stores.components().byId(c.id())).contains(c);
        assertThat(stores.components().byId("missing")).isEmpty();
    }

    @Test
    void aProjectsLibraryIsListedByName() {
        stores.components().create(shop.id(), "Search bar", DEFINITION, ada.id());
        stores.components().create(shop.id(), "Card", DEFINITION, ada.id());
        stores.components().create(shop.id(), "Login form", DEFINITION, ada.id());
        stores.components().create(project("Other", ada).id(), "Elsewhere", DEFINITION, ada.id());

        assertThat(stores.components().forProject(shop.id())).extracting(CustomComponent::name)
                .containsExactly("Card", "Login form", "Search bar");
    }

    @Test
    void aDeletedComponentIsGone() {
        CustomComponent c = stores.components().create(shop.id(), "Card", DEFINITION, ada.id());

        assertThat(stores.components().delete(c.id())).isTrue();
        assertThat(stores.components().delete(c.id())).isFalse();
        assertThat(stores.components().forProject(shop.id())).isEmpty();
    }
}
