package dev.blueline.desktop.session;

/** What the status bar says about the link to the host. */
public enum ConnectionState {
    CONNECTING("Connecting…"),
    ONLINE("Online"),
    OFFLINE("Offline — changes are kept and sent when the host is back"),
    /** The hosting user stopped hosting: nothing is retried; what is shown is this app's copy. */
    ENDED("Session ended — you are editing your copy"),
    CLOSED("Closed");

    private final String label;

    ConnectionState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
