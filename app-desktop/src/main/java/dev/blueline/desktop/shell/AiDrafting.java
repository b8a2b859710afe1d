package dev.blueline.desktop.shell;

import dev.blueline.server.ai.Draft;
import dev.blueline.server.ai.DraftRequest;
import dev.blueline.server.ai.ScreenDrafter;

import java.util.function.Function;

/**
 * The app's one {@link ScreenDrafter}, shared by every editor window: made on first use (so the
 * HTTP client and its threads cost nothing until someone drafts) with the user's HuggingFace token
 * from the environment, and closed when the app quits. The token itself never leaves this class.
 */
public final class AiDrafting implements AutoCloseable {
    /** The environment variables that may hold the token, in the order they are read. */
    static final String[] TOKEN_VARIABLES = {"HF_TOKEN", "HUGGINGFACE_API_TOKEN"};

    private final String token;
    private final String tokenVariable;
    private ScreenDrafter drafter;
    /** Stands in for the ScreenDrafter when set (tests). */
    private Function<DraftRequest, Draft> override;
    private boolean closed;

    /** Reads the token from {@code env} (normally {@code System::getenv}). */
    AiDrafting(Function<String, String> env) {
        String found = null, variable = null;
        for (String name : TOKEN_VARIABLES) {
            String value = env.apply(name);
            if (value != null && !value.isBlank()) {
                found = value.strip();
                variable = name;
                break;
            }
        }
        this.token = found;
        this.tokenVariable = variable;
    }

    /** Whether a HuggingFace token is set; without one every draft is made offline. */
    public boolean hasToken() {
        return token != null;
    }

    /** The environment variable the token came from, or null. */
    public String tokenVariable() {
        return tokenVariable;
    }

    /**
     * Drafts a screen; blocks for as long as the service takes (seconds over the network), so call
     * it off the FX thread. The drafter is made on the first call.
     */
    public Draft draft(DraftRequest request) {
        Function<DraftRequest, Draft> f;
        synchronized (this) {
            if (closed) throw new IllegalStateException("Blueline is quitting");
            f = override != null ? override : drafter();
        }
        return f.apply(request);
    }

    private Function<DraftRequest, Draft> drafter() {
        if (drafter == null) drafter = new ScreenDrafter(token);
        return drafter::draft;
    }

    /** Drafts with {@code f} instead of the ScreenDrafter (null: back to it). For tests. */
    public synchronized void use(Function<DraftRequest, Draft> f) {
        override = f;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (drafter != null) drafter.close();
        drafter = null;
    }
}
