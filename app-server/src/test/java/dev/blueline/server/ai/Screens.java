package dev.blueline.server.ai;

/** Model answers used across the tests: what a good model writes, and what a bad one does. */
final class Screens {
    private Screens() {
    }

    /** A login screen as a good model writes it for a 1440×900 screen, with a card holding the form. */
    static final String LOGIN = """
            {"name": "Sign in", "elements": [
              {"type": "nav-bar", "x": 0, "y": 0, "w": 1440, "h": 56, "text": "Acme | *Home* | Pricing"},
              {"type": "panel", "x": 520, "y": 200, "w": 400, "h": 360, "text": "", "children": [
                {"type": "heading", "x": 24, "y": 24, "w": 352, "h": 48, "text": "Sign in"},
                {"type": "text-input", "x": 24, "y": 96, "w": 352, "h": 40, "text": "you@example.com"},
                {"type": "password", "x": 24, "y": 152, "w": 352, "h": 40, "text": "••••••••"},
                {"type": "checkbox", "x": 24, "y": 208, "w": 200, "h": 24, "text": "[ ] Remember me"},
                {"type": "button", "x": 24, "y": 256, "w": 352, "h": 44, "text": "Sign in"}
              ]}
            ]}""";
}
