package dev.blueline.desktop.shell.templates;

import dev.blueline.model.ops.Put;

import java.util.List;

/** A desktop sign-in page: a centred card with email, password, remember me and recovery links. */
public final class LoginTemplate implements Template {
    @Override
    public String name() {
        return "Login";
    }

    @Override
    public String description() {
        return "Sign-in page with email, password and recovery links";
    }

    @Override
    public List<Put> ops() {
        ProjectBuilder b = new ProjectBuilder();
        String s = b.screen("Sign in", 1440, 900, "desktop");
        String brand = b.add(s, "heading", 48, 32, 240, 40, "Acme Cloud");
        b.fontSize(brand, 22);
        b.add(s, "link-bar", 1032, 36, 360, 32, "Product | Pricing | *Sign in*");

        String card = b.add(s, "panel", 520, 150, 400, 560, "Sign in");
        String welcome = b.addIn(card, "heading", 32, 56, 336, 40, "Welcome back");
        b.fontSize(welcome, 26);
        b.addIn(card, "paragraph", 32, 100, 336, 40, "Sign in to continue to your workspace.");
        b.addIn(card, "label", 32, 156, 200, 20, "Email");
        b.addIn(card, "text-input", 32, 180, 336, 40, "ada@example.com");
        b.addIn(card, "label", 32, 236, 200, 20, "Password");
        b.addIn(card, "password", 32, 260, 336, 40, "\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022");
        b.addIn(card, "checkbox", 32, 320, 170, 24, "[x] Remember me");
        String forgot = b.addIn(card, "link", 228, 320, 140, 24, "Forgot password?");
        b.align(forgot, "right");
        String signIn = b.addIn(card, "button", 32, 368, 336, 44, "Sign in");
        b.bold(signIn);
        b.addIn(card, "divider", 32, 432, 336, 16, "");
        b.addIn(card, "button", 32, 464, 336, 40, "Continue with Google");
        String create = b.addIn(card, "link", 32, 516, 336, 24, "New here? Create an account");
        b.align(create, "center");

        String footer = b.add(s, "label", 520, 820, 400, 24, "\u00a9 2026 Acme \u00b7 Privacy \u00b7 Terms");
        b.align(footer, "center");
        b.add(s, "sticky-note", 1000, 200, 220, 150, "Show *Caps Lock is on* under the password field");
        return b.ops();
    }
}
