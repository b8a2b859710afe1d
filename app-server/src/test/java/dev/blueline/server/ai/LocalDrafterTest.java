package dev.blueline.server.ai;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** The offline generator: one screen per kind of request, sensible at every size, always the same for the same words. */
class LocalDrafterTest {
    static final LocalDrafter LOCAL = new LocalDrafter();
    static final double[][] SIZES = {{390, 844}, {768, 1024}, {1440, 900}, {1920, 1080}, {100, 100}, {10_000, 150}, {150, 10_000}};
    static final List<String> PROMPTS = List.of(
            "a login screen with email and password", "sign up page", "sales dashboard with charts", "profile settings",
            "checkout with payment", "shopping cart", "list of orders", "users table", "search results for products",
            "chat messages", "landing page with pricing", "home page", "a contact form with name, email, phone and send and cancel buttons",
            "a picture of a cat", "???", "log in with username and a big blue sign in button");

    static Draft draft(String prompt, double w, double h) {
        return LOCAL.draft(new DraftRequest(prompt, w, h), "Drafted offline: test");
    }

    static List<DraftElement> ofType(Draft d, String type) {
        return d.elements().stream().filter(e -> e.type().equals(type)).toList();
    }

    static boolean has(Draft d, String type, Predicate<String> text) {
        return ofType(d, type).stream().anyMatch(e -> text.test(e.text()));
    }

    @Test
    void everyDraftFitsItsScreenAndTheDocumentAcceptsIt() {
        for (String p : PROMPTS) {
            for (double[] s : SIZES) {
                Draft d = draft(p, s[0], s[1]);
                assertThat(d.source()).isEqualTo(Draft.Source.OFFLINE);
                assertThat(d.notice()).isEqualTo("Drafted offline: test");
                assertThat(d.elements()).as(p).isNotEmpty().hasSizeLessThanOrEqualTo(DraftRepair.MAX_ELEMENTS);
                DraftDocuments.assertWellFormed(d, s[0], s[1]);
            }
        }
    }

    @Test
    void theSameRequestGivesTheSameDraft() {
        for (String p : PROMPTS) {
            assertThat(draft(p, 390, 844)).isEqualTo(draft(p, 390, 844));
            assertThat(new LocalDrafter().draft(new DraftRequest(p, 1440, 900), "")).isEqualTo(LOCAL.draft(new DraftRequest(p, 1440, 900), ""));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"a login screen", "Sign in page", "log in with email", "authentication"})
    void loginHasAnEmailAPasswordAndAButton(String prompt) {
        for (double[] s : SIZES) {
            Draft d = draft(prompt, s[0], s[1]);
            assertThat(ofType(d, "text-input")).hasSize(1);
            assertThat(ofType(d, "password")).hasSize(1);
            assertThat(has(d, "button", t -> t.equals("Sign in"))).isTrue();
            assertThat(ofType(d, "heading")).hasSize(1);
        }
    }

    @Test
    void theHeadingAndTheScreenAreNamedAfterTheRequest() {
        Draft d = draft("a login screen with email and password", 1440, 900);
        assertThat(d.screenName()).isEqualTo("Login");
        assertThat(ofType(d, "heading").getFirst().text()).isEqualTo("Login");
        assertThat(draft("the quarterly sales dashboard for the board", 1440, 900).screenName()).isEqualTo("Quarterly sales dashboard");
        assertThat(draft("a picture of a cat", 1440, 900).screenName()).isEqualTo("Picture of a cat");
        assertThat(draft("???", 1440, 900).screenName()).isEqualTo("Draft");
    }

    @Test
    void aPhoneGetsOneColumnAndALargerScreenACard() {
        Draft phone = draft("a login screen", 390, 844);
        assertThat(phone.elements()).allMatch(e -> e.parent() == null && e.x() == 16 && e.x() + e.w() <= 390 - 16 || e.type().equals("link"));
        assertThat(phone.elements().stream().filter(e -> !e.type().equals("link") && !e.type().equals("checkbox")).map(DraftElement::w).distinct())
                .as("fields and button span the column").hasSize(1);

        Draft desktop = draft("a login screen", 1440, 900);
        DraftElement card = desktop.elements().getFirst();
        assertThat(card.type()).isEqualTo("panel");
        assertThat(card.x() + card.w() / 2).as("centred").isCloseTo(720, org.assertj.core.data.Offset.offset(1.0));
        assertThat(desktop.elements().subList(1, desktop.elements().size())).allMatch(e -> card.key().equals(e.parent()));
    }

    @Test
    void signUpAsksForANameEmailAndThePasswordTwice() {
        Draft d = draft("a sign up screen", 390, 844);
        assertThat(ofType(d, "password")).hasSize(2);
        assertThat(has(d, "label", t -> t.equals("Full name"))).isTrue();
        assertThat(has(d, "checkbox", t -> t.contains("terms"))).isTrue();
        assertThat(has(d, "button", t -> t.equals("Create account"))).isTrue();
        assertThat(draft("register", 1440, 900).screenName()).isEqualTo("Register");
    }

    @Test
    void aDashboardHasFiguresAChartAndATable() {
        for (double[] s : SIZES) {
            Draft d = draft("analytics dashboard", s[0], s[1]);
            assertThat(ofType(d, "nav-bar")).hasSize(1);
            assertThat(ofType(d, "line-chart")).hasSize(1);
            assertThat(ofType(d, "data-grid")).hasSize(1);
            assertThat(ofType(d, "panel").size()).isBetween(2, 4);
        }
        assertThat(ofType(draft("dashboard with a bar chart", 1440, 900), "bar-chart")).hasSize(1);
        assertThat(ofType(draft("analytics dashboard", 1440, 900), "vertical-menu")).as("a sidebar on a desktop").hasSize(1);
        assertThat(ofType(draft("analytics dashboard", 390, 844), "vertical-menu")).as("none on a phone").isEmpty();
    }

    @Test
    void settingsHaveTogglesAndSave() {
        Draft d = draft("notification preferences", 1440, 900);
        assertThat(ofType(d, "toggle")).hasSize(2);
        assertThat(has(d, "button", t -> t.equals("Save changes"))).isTrue();
        assertThat(ofType(draft("my profile", 1440, 900), "avatar")).hasSize(1);
    }

    @Test
    void checkoutHasStepsFieldsASummaryAndAnOrderButton() {
        Draft d = draft("checkout with payment", 1440, 900);
        assertThat(has(d, "stepper", t -> t.contains("*Payment*"))).isTrue();
        assertThat(has(d, "text-input", t -> t.equals("Card number"))).isTrue();
        DraftElement summary = ofType(d, "panel").getFirst();
        assertThat(summary.text()).isEqualTo("Order summary");
        assertThat(d.elements()).anyMatch(e -> summary.key().equals(e.parent()) && e.type().equals("button") && e.text().equals("Place order"));
        Draft cart = draft("shopping cart", 390, 844);
        assertThat(has(cart, "stepper", t -> t.startsWith("*Cart*"))).isTrue();
        assertThat(has(cart, "button", t -> t.equals("Checkout"))).isTrue();
    }

    @Test
    void listsShowTheThingsNamed() {
        assertThat(has(draft("list of orders", 1440, 900), "data-grid", t -> t.startsWith("Order, Customer"))).isTrue();
        assertThat(has(draft("users table", 1440, 900), "data-grid", t -> t.startsWith("Name, Email, Role"))).isTrue();
        assertThat(has(draft("users table", 1440, 900), "button", t -> t.equals("New user"))).isTrue();
        assertThat(ofType(draft("list of orders", 390, 844), "list")).as("a phone lists rather than tabulates").hasSize(1);
        assertThat(ofType(draft("list of orders", 1440, 900), "pagination")).hasSize(1);
    }

    @Test
    void searchChatAndLandingScreens() {
        Draft search = draft("search results for products", 1440, 900);
        assertThat(ofType(search, "search")).hasSize(1);
        assertThat(has(search, "panel", t -> t.equals("Filters"))).isTrue();
        assertThat(ofType(search, "link")).hasSize(4);

        Draft chat = draft("team chat", 390, 844);
        assertThat(has(chat, "text-input", t -> t.startsWith("Write a message"))).isTrue();
        assertThat(has(chat, "button", t -> t.equals("Send"))).isTrue();
        assertThat(ofType(chat, "avatar")).isNotEmpty();

        Draft pricing = draft("landing page with pricing", 1440, 900);
        assertThat(ofType(pricing, "panel")).extracting(DraftElement::text).containsExactly("Free", "Pro", "Team");
        assertThat(has(pricing, "button", t -> t.equals("Get started"))).isTrue();
        assertThat(ofType(pricing, "image")).hasSize(1);
    }

    @Test
    void fieldsAndButtonsNamedInTheSentenceAreDrawn() {
        Draft d = draft("a contact form with name, email, phone, date of birth and a message, with save and cancel buttons", 1440, 900);
        assertThat(ofType(d, "label")).extracting(DraftElement::text).containsExactly("Name", "Email", "Phone", "Date of birth", "Message");
        assertThat(ofType(d, "date-picker")).hasSize(1);
        assertThat(ofType(d, "text-area")).hasSize(1);
        assertThat(ofType(d, "button")).extracting(DraftElement::text).containsExactly("Save", "Cancel");

        Draft login = draft("log in with username and a big blue sign in button and a forgot password link", 390, 844);
        assertThat(has(login, "label", t -> t.equals("Username"))).isTrue();
        assertThat(has(login, "label", t -> t.equals("Email"))).isFalse();
        assertThat(ofType(login, "button")).extracting(DraftElement::text).containsExactly("Sign in");
        assertThat(ofType(login, "link")).extracting(DraftElement::text).containsExactly("Forgot password");
    }

    @Test
    void theKindNamedFirstWins() {
        assertThat(LocalDrafter.kind(new Sentence("search results for products"))).isEqualTo(LocalDrafter.Kind.SEARCH);
        assertThat(LocalDrafter.kind(new Sentence("products with a search box"))).isEqualTo(LocalDrafter.Kind.LIST);
        assertThat(LocalDrafter.kind(new Sentence("sign up or log in"))).isEqualTo(LocalDrafter.Kind.SIGN_UP);
        assertThat(LocalDrafter.kind(new Sentence("create an account"))).isEqualTo(LocalDrafter.Kind.SIGN_UP);
        assertThat(LocalDrafter.kind(new Sentence("a dashboard with a list of orders"))).isEqualTo(LocalDrafter.Kind.DASHBOARD);
        assertThat(LocalDrafter.kind(new Sentence("a picture of a cat"))).isEqualTo(LocalDrafter.Kind.OTHER);
        assertThat(LocalDrafter.kind(new Sentence("LOGIN"))).isEqualTo(LocalDrafter.Kind.LOGIN);
    }
}
