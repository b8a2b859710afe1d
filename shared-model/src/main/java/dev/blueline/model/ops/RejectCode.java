package dev.blueline.model.ops;

/** Why a change was refused. The wire name is what clients and tests see. */
public enum RejectCode {
    INVALID_OP("invalid_op"),
    UNKNOWN_TYPE("unknown_type"),
    UNKNOWN_PROPERTY("unknown_property"),
    BAD_VALUE("bad_value"),
    MISSING_PROPERTY("missing_property"),
    IMMUTABLE_PROPERTY("immutable_property"),
    BAD_REFERENCE("bad_reference"),
    BAD_PARENT("bad_parent"),
    PARENT_CYCLE("parent_cycle"),
    TOO_MANY_OPS("too_many_ops"),
    LIMIT_EXCEEDED("limit_exceeded"),
    FORBIDDEN("forbidden");

    private final String wireName;

    RejectCode(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static RejectCode fromWire(String name) {
        for (RejectCode c : values()) {
            if (c.wireName.equals(name)) return c;
        }
        return INVALID_OP;
    }
}
