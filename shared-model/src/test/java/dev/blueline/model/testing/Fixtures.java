package dev.blueline.model.testing;

import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.ops.Put;

/** Ops that tests build again and again. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Put screen(String id, String name) {
        return Put.on(id).set(Props.KIND, "screen").set(Props.NAME, name).set(Props.W, 1440.0).set(Props.H, 900.0)
                .set(Props.ORDER, "a0").build();
    }

    public static Put element(String id, String type, String screen, double x, double y) {
        return element(id, type, screen, null, x, y);
    }

    public static Put element(String id, String type, String screen, String parent, double x, double y) {
        return Put.on(id).set(Props.KIND, "element").set(Props.TYPE, type).set(Props.SCREEN, screen)
                .set(Props.PARENT, parent == null ? Value.NULL : Value.of(parent)).set(Props.ORDER, "a0")
                .set(Props.X, x).set(Props.Y, y).set(Props.W, 120.0).set(Props.H, 40.0).build();
    }

    public static Put move(String id, double x, double y) {
        return Put.on(id).set(Props.X, x).set(Props.Y, y).build();
    }

    public static Put set(String id, String prop, Value v) {
        return Put.of(id, prop, v);
    }
}
