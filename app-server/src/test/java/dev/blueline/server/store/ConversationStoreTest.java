package dev.blueline.server.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.NoSuchElementException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConversationStoreTest extends StoreTestBase {
    private User ada;
    private Project shop;

    @BeforeEach
    void project() {
        ada = user("Ada");
        shop = project("Shop", ada);
    }

    @Test
    void aConversationIsCreatedFoundAndRenamed() {
        Conversation c = stores.conversations().create(shop.id(), "Login screen", ada.id());

        assertThat(c).isEqualTo(new Conversation(c.id(), shop.id(), "Login screen", ada.id(), START, START));
        assertThat(stores.conversations().byId(c.id())).contains(c);

        tick();
        assertThat(stores.conversations().rename(c.id(), "Sign-in screen")).get().satisfies(r -> {
            assertThat(r.title()).isEqualTo("Sign-in screen");
            assertThat(r.updatedAt()).isAfter(r.createdAt());
        });
        assertThat(stores.conversations().rename("missing", "x")).isEmpty();
        assertThat(stores.conversations().byId("missing")).isEmpty();
    }

    @Test
    void messagesComeBackOldestFirstAndMoveTheirConversationToTheTop() {
        Conversation login = stores.conversations().create(shop.id(), "Login", ada.id());
        tick();
        Conversation cart = stores.conversations().create(shop.id(), "Cart", ada.id());
        stores.conversations().create(project("Other", ada).id(), "Elsewhere", ada.id());
        assertThat(stores.conversations().forProject(shop.id())).extracting(Conversation::title).containsExactly("Cart", "Login");

        tick();
        // several messages in the same instant keep the order they were added in
        ConversationMessage ask = stores.conversations().addMessage(login.id(), "user", "A login form with SSO buttons");
        ConversationMessage answer = stores.conversations().addMessage(login.id(), "assistant", "{\"ops\":[]}");
        ConversationMessage thanks = stores.conversations().addMessage(login.id(), "user", "Thanks");

        assertThat(stores.conversations().messages(login.id())).containsExactly(ask, answer, thanks);
        assertThat(stores.conversations().messages(cart.id())).isEmpty();
        assertThat(stores.conversations().forProject(shop.id())).extracting(Conversation::title).containsExactly("Login", "Cart");
        assertThat(stores.conversations().byId(login.id())).get().extracting(Conversation::updatedAt).isEqualTo(ask.createdAt());
    }

    @Test
    void onlyUserAndAssistantSpeakAndOnlyInConversationsThatExist() {
        Conversation c = stores.conversations().create(shop.id(), "Login", ada.id());

        assertThatThrownBy(() -> stores.conversations().addMessage(c.id(), "system", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> stores.conversations().addMessage("missing", "user", "x")).isInstanceOf(NoSuchElementException.class);
        assertThat(stores.conversations().messages(c.id())).isEmpty();
    }

    @Test
    void deletingAConversationDeletesItsMessages() {
        Conversation c = stores.conversations().create(shop.id(), "Login", ada.id());
        stores.conversations().addMessage(c.id(), "user", "hello");

        assertThat(stores.conversations().delete(c.id())).isTrue();
        assertThat(stores.conversations().delete(c.id())).isFalse();
        assertThat(stores.conversations().byId(c.id())).isEmpty();
        assertThat(stores.conversations().messages(c.id())).isEmpty();
    }

    @Test
    void longAnswersAreKeptWhole() {
        Conversation c = stores.conversations().create(shop.id(), "Big", ada.id());
        String big = "x".repeat(300_000);

        stores.conversations().addMessage(c.id(), "assistant", big);
        reopen();

        assertThat(stores.conversations().messages(c.id())).singleElement().extracting(ConversationMessage::content).isEqualTo(big);
    }
}
