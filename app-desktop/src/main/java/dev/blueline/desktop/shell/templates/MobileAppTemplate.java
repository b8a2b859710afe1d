package dev.blueline.desktop.shell.templates;

import dev.blueline.model.ops.Put;

import java.util.List;

/** A phone recipe app: a home feed and a recipe screen, linked so Preview clicks through them. */
public final class MobileAppTemplate implements Template {
    @Override
    public String name() {
        return "Mobile app";
    }

    @Override
    public String description() {
        return "Two linked phone screens: a feed and a detail page";
    }

    @Override
    public List<Put> ops() {
        ProjectBuilder b = new ProjectBuilder();
        String home = b.screen("Home", 390, 844, "phone");
        String recipe = b.screen("Recipe", 390, 844, "phone");

        String hello = b.add(home, "heading", 20, 56, 350, 36, "Good morning, Ada");
        b.fontSize(hello, 24);
        b.add(home, "search", 20, 104, 350, 40, "Search recipes");
        b.add(home, "link-bar", 20, 160, 350, 32, "*For you* | Popular | New");
        String photo = b.add(home, "image", 20, 208, 350, 200, "Featured recipe");
        b.link(photo, recipe);
        b.add(home, "heading", 20, 420, 240, 32, "Lemon pasta");
        b.add(home, "rating", 270, 424, 100, 24, "4/5");
        b.add(home, "paragraph", 20, 456, 350, 48, "Ready in 20 minutes with five ingredients.");
        String view = b.add(home, "button", 20, 516, 350, 48, "View recipe");
        b.bold(view);
        b.link(view, recipe);
        b.add(home, "list", 20, 584, 350, 140, "- Tomato soup\n- Green curry\n- Banana bread");
        b.add(home, "link-bar", 0, 788, 390, 56, "*Home* | Search | Saved | Profile");

        String back = b.add(recipe, "icon", 20, 56, 24, 24, "arrow-left");
        b.link(back, home);
        b.add(recipe, "image", 0, 96, 390, 260, "Lemon pasta photo");
        String name = b.add(recipe, "heading", 20, 372, 350, 36, "Lemon pasta");
        b.fontSize(name, 26);
        b.add(recipe, "rating", 20, 412, 220, 24, "4/5, 120 reviews");
        String tabs = b.add(recipe, "tabs", 20, 452, 350, 280, "*Ingredients*, Steps, Reviews");
        b.addIn(tabs, "list", 16, 56, 318, 200, "- 200 g spaghetti\n- 1 lemon\n- 2 tbsp butter\n- Parmesan\n- Black pepper");
        String start = b.add(recipe, "button", 20, 764, 350, 48, "Start cooking");
        b.bold(start);
        return b.ops();
    }
}
