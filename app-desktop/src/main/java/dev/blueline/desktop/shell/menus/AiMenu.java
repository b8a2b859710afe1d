package dev.blueline.desktop.shell.menus;

import dev.blueline.desktop.shell.AiDraftDialog;
import dev.blueline.desktop.shell.AiDrafting;
import dev.blueline.desktop.shell.Dialogs;
import dev.blueline.desktop.shell.EditorWindow;
import dev.blueline.desktop.shell.actions.Action;
import dev.blueline.desktop.shell.actions.ActionSet;
import dev.blueline.desktop.shell.actions.Command;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.kordamp.ikonli.feather.Feather;

/** AI: draft a screen from a sentence, and whether drafts come from HuggingFace or from this computer. */
final class AiMenu {
    private AiMenu() {
    }

    static Menu build(EditorWindow w, ActionSet a) {
        a.add(Action.of(Command.AI_DRAFT, Feather.ZAP, () -> AiDraftDialog.show(w))).disabledWhen(w.editor().previewProperty());
        a.add(Action.of(Command.AI_ABOUT, null, () -> about(w)));
        // a line to read, not to click: whether a token is set (never the token)
        MenuItem status = new MenuItem(statusLine(w.shell().drafting()));
        status.setId("menu-ai-status");
        status.setMnemonicParsing(false);
        status.setDisable(true);
        Menu m = EditorMenus.menu("AI", "menu-ai");
        m.getItems().addAll(a.get(Command.AI_DRAFT).menuItem(), new SeparatorMenuItem(), status, a.get(Command.AI_ABOUT).menuItem());
        return m;
    }

    static String statusLine(AiDrafting d) {
        return d.hasToken() ? "HuggingFace token set (" + d.tokenVariable() + ")" : "No HuggingFace token: drafts are made offline";
    }

    private static void about(EditorWindow w) {
        AiDrafting d = w.shell().drafting();
        String token = d.hasToken()
                ? "A HuggingFace token is set (from " + d.tokenVariable() + "), so drafts come from a model on HuggingFace. "
                + "When HuggingFace does not answer, the offline generator drafts instead and the status bar says so."
                : "No HuggingFace token is set, so drafts are made offline by a simple generator on this computer. "
                + "For drafts from a model, set HF_TOKEN (or HUGGINGFACE_API_TOKEN) to your HuggingFace access token "
                + "before starting Blueline.";
        Dialogs.info(w.stage(), "About AI drafting", "Draft a screen from a sentence",
                "AI ▸ Draft a screen… turns a description such as “a login screen with email and password” into a new "
                        + "screen of ordinary controls you can edit.\n\n" + token
                        + "\n\nA draft is one change: Edit ▸ Undo removes the screen and everything on it.");
    }
}
