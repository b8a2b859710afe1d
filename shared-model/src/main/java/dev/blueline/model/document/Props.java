package dev.blueline.model.document;

import dev.blueline.model.document.PropType.ChoiceType;
import dev.blueline.model.document.PropType.ColorType;
import dev.blueline.model.document.PropType.FlagType;
import dev.blueline.model.document.PropType.IdType;
import dev.blueline.model.document.PropType.NumberType;
import dev.blueline.model.document.PropType.OrderKeyType;
import dev.blueline.model.document.PropType.TextType;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The property names of the document and what each accepts, per kind of object. */
public final class Props {
    // both kinds
    public static final String KIND = "kind";
    public static final String NAME = "name";
    public static final String ORDER = "order";
    public static final String DELETED = "deleted";
    public static final String W = "w";
    public static final String H = "h";
    // screens
    public static final String BACKGROUND = "background";
    public static final String DEVICE = "device";
    /** Screens: this screen is a component's master, listed in the library, not among the pages. */
    public static final String COMPONENT = "component";
    // elements
    public static final String TYPE = "type";
    public static final String SCREEN = "screen";
    public static final String PARENT = "parent";
    public static final String X = "x";
    public static final String Y = "y";
    public static final String TEXT = "text";
    public static final String FILL = "fill";
    public static final String STROKE = "stroke";
    public static final String TEXT_COLOR = "textColor";
    public static final String FONT_SIZE = "fontSize";
    public static final String BOLD = "bold";
    public static final String ITALIC = "italic";
    public static final String UNDERLINE = "underline";
    public static final String ALIGN = "align";
    public static final String STATE = "state";
    public static final String OPACITY = "opacity";
    public static final String LINK = "link";
    /** Component instances: the master screen they show. */
    public static final String MASTER = "master";
    public static final String LOCKED = "locked";
    public static final String HIDDEN = "hidden";

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_TEXT_LENGTH = 20_000;
    public static final double MAX_COORDINATE = 1_000_000;
    public static final double MAX_SCREEN_SIZE = 100_000;

    public static final List<String> ALIGNMENTS = List.of("left", "center", "right");
    public static final List<String> STATES = List.of("normal", "disabled", "selected", "focused", "error");
    public static final List<String> DEVICES = List.of("desktop", "tablet", "phone", "custom");

    private static final Map<String, PropSpec> SCREEN_PROPS;
    private static final Map<String, PropSpec> ELEMENT_PROPS;

    static {
        Map<String, PropSpec> s = new LinkedHashMap<>();
        add(s, KIND, new ChoiceType(Set.of("screen", "element")), true, false, true);
        add(s, NAME, new TextType(MAX_NAME_LENGTH), true, false, false);
        add(s, W, new NumberType(1, MAX_SCREEN_SIZE), true, false, false);
        add(s, H, new NumberType(1, MAX_SCREEN_SIZE), true, false, false);
        add(s, ORDER, new OrderKeyType(), true, false, false);
        add(s, DELETED, new FlagType(), false, true, false);
        add(s, BACKGROUND, new ColorType(), false, true, false);
        add(s, DEVICE, new ChoiceType(Set.copyOf(DEVICES)), false, true, false);
        add(s, COMPONENT, new FlagType(), false, true, true);
        SCREEN_PROPS = Collections.unmodifiableMap(s);

        Map<String, PropSpec> e = new LinkedHashMap<>();
        add(e, KIND, new ChoiceType(Set.of("screen", "element")), true, false, true);
        add(e, TYPE, new TextType(64), true, false, true);
        add(e, SCREEN, new IdType(), true, false, true);
        add(e, PARENT, new IdType(), false, true, false);
        add(e, ORDER, new OrderKeyType(), true, false, false);
        add(e, X, new NumberType(-MAX_COORDINATE, MAX_COORDINATE), true, false, false);
        add(e, Y, new NumberType(-MAX_COORDINATE, MAX_COORDINATE), true, false, false);
        add(e, W, new NumberType(0, MAX_COORDINATE), true, false, false);
        add(e, H, new NumberType(0, MAX_COORDINATE), true, false, false);
        add(e, TEXT, new TextType(MAX_TEXT_LENGTH), false, true, false);
        add(e, NAME, new TextType(MAX_NAME_LENGTH), false, true, false);
        add(e, FILL, new ColorType(), false, true, false);
        add(e, STROKE, new ColorType(), false, true, false);
        add(e, TEXT_COLOR, new ColorType(), false, true, false);
        add(e, FONT_SIZE, new NumberType(4, 400), false, true, false);
        add(e, BOLD, new FlagType(), false, true, false);
        add(e, ITALIC, new FlagType(), false, true, false);
        add(e, UNDERLINE, new FlagType(), false, true, false);
        add(e, ALIGN, new ChoiceType(Set.copyOf(ALIGNMENTS)), false, true, false);
        add(e, STATE, new ChoiceType(Set.copyOf(STATES)), false, true, false);
        add(e, OPACITY, new NumberType(0, 1), false, true, false);
        add(e, LINK, new IdType(), false, true, false);
        add(e, MASTER, new IdType(), false, true, true);
        add(e, LOCKED, new FlagType(), false, true, false);
        add(e, HIDDEN, new FlagType(), false, true, false);
        add(e, DELETED, new FlagType(), false, true, false);
        ELEMENT_PROPS = Collections.unmodifiableMap(e);
    }

    private Props() {
    }

    private static void add(Map<String, PropSpec> m, String name, PropType t, boolean required, boolean nullable, boolean immutable) {
        m.put(name, new PropSpec(name, t, required, nullable, immutable));
    }

    /** The properties objects of this kind accept, in a stable order. */
    public static Map<String, PropSpec> of(Kind kind) {
        return kind == Kind.SCREEN ? SCREEN_PROPS : ELEMENT_PROPS;
    }

    /** The style properties a control may use (the catalog says which ones each control does use). */
    public static final Set<String> STYLE = Set.of(FILL, STROKE, TEXT_COLOR, FONT_SIZE, BOLD, ITALIC, UNDERLINE, ALIGN, STATE, OPACITY);
}
