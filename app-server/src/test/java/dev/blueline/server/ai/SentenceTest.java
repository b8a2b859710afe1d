package dev.blueline.server.ai;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading a designer's sentence: the buttons, links and fields it names; and the control a model meant. */
class SentenceTest {

    @Test
    void buttonsAreNamedByTheWordsBeforeButton() {
        assertThat(new Sentence("a form with a save button").named("button")).containsExactly("Save");
        assertThat(new Sentence("save, cancel and delete buttons").named("button")).containsExactly("Save", "Cancel", "Delete");
        assertThat(new Sentence("a primary save and a secondary cancel button").named("button")).containsExactly("Save", "Cancel");
        assertThat(new Sentence("a very nice big blue save button").named("button")).containsExactly("Save");
        assertThat(new Sentence("with a log in button").named("button")).containsExactly("Log in");
        assertThat(new Sentence("name, email and send buttons").named("button")).as("fields are not buttons").containsExactly("Send");
        assertThat(new Sentence("a button").named("button")).isEmpty();
        assertThat(new Sentence("no buttons at all").named("button")).isEmpty();
        assertThat(new Sentence("a forgot password link").named("link")).containsExactly("Forgot password");
    }

    @Test
    void fieldsComeInTheSentencesOrder() {
        assertThat(new Sentence("phone, e-mail and full name").fields()).extracting(Sentence.Field::label)
                .containsExactly("Phone", "Email", "Full name");
        assertThat(new Sentence("email address and home address").fields()).extracting(Sentence.Field::label)
                .containsExactly("Email", "Address");
        assertThat(new Sentence("date of birth").fields()).extracting(Sentence.Field::type).containsExactly("date-picker");
        assertThat(new Sentence("password and confirm password").fields()).extracting(Sentence.Field::label)
                .containsExactly("Password", "Confirm password");
        assertThat(new Sentence("a username field").fields()).extracting(Sentence.Field::label).containsExactly("Username");
        assertThat(new Sentence("nothing to fill in").fields()).isEmpty();
    }

    @Test
    void typesAModelMightWrite() {
        assertThat(TypeMatcher.match("button")).hasValue("button");
        assertThat(TypeMatcher.match("TextBox")).hasValue("text-input");
        assertThat(TypeMatcher.match("text_field")).hasValue("text-input");
        assertThat(TypeMatcher.match("email-input")).hasValue("text-input");
        assertThat(TypeMatcher.match("search-input")).hasValue("search");
        assertThat(TypeMatcher.match("img")).hasValue("image");
        assertThat(TypeMatcher.match("table")).hasValue("data-grid");
        assertThat(TypeMatcher.match("radio-group")).hasValue("radio");
        assertThat(TypeMatcher.match("card")).hasValue("panel");
        assertThat(TypeMatcher.match("images")).hasValue("image");
        assertThat(TypeMatcher.match("text input")).hasValue("text-input");
        assertThat(TypeMatcher.match("component")).isEmpty();
        assertThat(TypeMatcher.match("hologram")).isEmpty();
        assertThat(TypeMatcher.match("")).isEmpty();
        assertThat(TypeMatcher.match(null)).isEmpty();
        assertThat(TypeMatcher.match("x".repeat(10_000))).isEmpty();
    }
}
