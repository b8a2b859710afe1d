package dev.blueline.desktop.session;

/** What the status bar says about the link to the host. */
public enum ConnectionState {
    CONNECTING("Connecting…"),
    ONLINE("Online"),
    OFFLINE("Offline — changes are kept and sent when the host is back"),
    CLOSED("Closed");

    private final String label;

    ConnectionState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
