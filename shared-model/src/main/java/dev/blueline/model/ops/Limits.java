package dev.blueline.model.ops;

/**
 * Size limits a change must respect, so no client, AI answer or import can make a document the
 * editor cannot draw or the host cannot hold.
 */
public record Limits(int maxOpsPerChange, int maxPropsPerOp, int maxObjects) {
    public static final Limits DEFAULT = new Limits(1_000, 64, 200_000);
}
