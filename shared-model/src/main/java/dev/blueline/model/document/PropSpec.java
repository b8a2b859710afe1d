package dev.blueline.model.document;

/**
 * One property an object of some kind may carry.
 *
 * @param required  must be set when the object is created
 * @param nullable  null is an accepted value (meaning none / default)
 * @param immutable may only be written when the object is created
 */
public record PropSpec(String name, PropType type, boolean required, boolean nullable, boolean immutable) {

    /** What is wrong with this value for this property, or null when it fits. */
    public String problem(Value v) {
        if (v.isNull()) return nullable ? null : "cannot be null";
        return type.problem(v);
    }
}
