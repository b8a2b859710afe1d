package dev.blueline.model.room;

/** WebSocket close codes the host uses (RFC 6455 ones, then application ones in the 4000 range). */
public final class CloseCodes {
    public static final int NORMAL = 1000;
    public static final int GOING_AWAY = 1001;
    public static final int POLICY_VIOLATION = 1008;
    public static final int TOO_BIG = 1009;
    public static final int SERVER_ERROR = 1011;
    public static final int TRY_AGAIN_LATER = 1013;
    public static final int UNAUTHORIZED = 4001;
    public static final int FORBIDDEN = 4003;
    public static final int REPLACED = 4009;
    public static final int TOO_SLOW = 4010;
    /**
     * The hosting user stopped hosting on purpose: the session is over, so a client must not retry
     * (unlike {@link #GOING_AWAY} or a dropped connection, which mean the host may be back soon).
     */
    public static final int HOST_STOPPED = 4100;
    public static final int PROTOCOL_VERSION = 4400;

    private CloseCodes() {
    }
}
