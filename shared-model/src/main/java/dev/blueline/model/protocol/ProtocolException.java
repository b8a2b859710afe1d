package dev.blueline.model.protocol;

/** A frame that cannot be accepted, with a code for programs and a message for people. */
public final class ProtocolException extends Exception {
    private final ErrorCode code;

    public ProtocolException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }

    /** The {@code error} frame that tells the sender what was wrong. */
    public HostMessage.ErrorMessage toMessage() {
        return new HostMessage.ErrorMessage(code.wireName(), getMessage());
    }
}
