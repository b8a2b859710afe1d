package dev.blueline.model.ops;

/** A refused change: a code for programs and a message for people, naming the op and property at fault. */
public record Rejection(RejectCode code, String message) {
    @Override
    public String toString() {
        return code.wireName() + ": " + message;
    }
}
