package dev.blueline.server.api;

import dev.blueline.server.auth.AttemptLimiter;
import dev.blueline.server.auth.Authenticator;
import dev.blueline.server.auth.Passwords;
import dev.blueline.server.auth.Tokens;
import dev.blueline.server.http.ApiException;
import dev.blueline.server.http.Exchange;
import dev.blueline.server.http.Reply;
import dev.blueline.server.http.Route;
import dev.blueline.server.store.DuplicateException;
import dev.blueline.server.store.Invite;
import dev.blueline.server.store.Membership;
import dev.blueline.server.store.Stores;
import dev.blueline.server.store.User;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Accounts: register, sign in, refresh, sign out, who am I, join with an invite. */
public final class AuthApi {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{1,63}");

    record Register(String email, String password, String name) {
    }

    record Login(String email, String password) {
    }

    record Refresh(String refreshToken) {
    }

    record Join(String code, String name) {
    }

    record TokenReply(String accessToken, String tokenType, long expiresIn, String refreshToken, UserView user) {
    }

    record UserView(String id, String email, String name, boolean guest) {
        static UserView of(User u) {
            return new UserView(u.id(), u.email(), u.name(), u.guest());
        }
    }

    record JoinReply(String accessToken, String tokenType, long expiresIn, String refreshToken, UserView user,
                     String projectId, String role) {
    }

    private final Stores stores;
    private final Passwords passwords;
    private final Tokens tokens;
    private final Authenticator auth;
    private final AttemptLimiter attempts;
    private final Duration refreshLifetime;
    private final Clock clock;

    public AuthApi(Stores stores, Passwords passwords, Tokens tokens, Authenticator auth, AttemptLimiter attempts,
                   Duration refreshLifetime, Clock clock) {
        this.stores = stores;
        this.passwords = passwords;
        this.tokens = tokens;
        this.auth = auth;
        this.attempts = attempts;
        this.refreshLifetime = refreshLifetime;
        this.clock = clock;
    }

    public List<Route> routes() {
        return List.of(
                Route.open("POST", "/api/v1/auth/register", this::register),
                Route.open("POST", "/api/v1/auth/login", this::login),
                Route.open("POST", "/api/v1/auth/refresh", this::refresh),
                Route.open("POST", "/api/v1/auth/join", this::join),
                Route.signedIn("POST", "/api/v1/auth/logout", this::logout),
                Route.signedIn("GET", "/api/v1/auth/me", this::me));
    }

    private Reply register(Exchange ex) {
        // each attempt costs a bcrypt hash, so it is limited like sign-in
        if (!attempts.tryAcquire("register:" + ex.remoteAddress())) throw ApiException.tooMany("too many sign-ups from here; wait a minute", 60);
        Register r = ex.body(Register.class);
        String email = Text.required("email", r.email(), 254).toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(email).matches()) throw ApiException.badRequest("email does not look like an address");
        String name = Text.required("name", r.name(), 100);
        String problem = Passwords.problem(r.password());
        if (problem != null) throw ApiException.badRequest(problem);
        try {
            User u = stores.users().create(email, name, passwords.hash(r.password()));
            return Reply.created(UserView.of(u));
        } catch (DuplicateException e) {
            throw ApiException.conflict("an account with this email exists; sign in instead");
        }
    }

    private Reply login(Exchange ex) {
        if (!attempts.tryAcquire("login:" + ex.remoteAddress())) throw ApiException.tooMany("too many sign-in attempts; wait a minute", 60);
        Login l = ex.body(Login.class);
        String email = Text.required("email", l.email(), 254).toLowerCase(Locale.ROOT);
        User u = stores.users().byEmail(email).orElse(null);
        // one answer for unknown email and wrong password
        if (!passwords.matches(l.password(), u == null ? null : u.passwordHash())) {
            throw ApiException.unauthorized("email or password is wrong");
        }
        return Reply.ok(tokensFor(u));
    }

    private Reply refresh(Exchange ex) {
        Refresh r = ex.body(Refresh.class);
        String token = Text.required("refreshToken", r.refreshToken(), 200);
        String userId = stores.tokens().useRefresh(Tokens.hash(token), clock.instant())
                .orElseThrow(() -> ApiException.unauthorized("the refresh token is not valid any more; sign in again"));
        User u = stores.users().byId(userId).orElseThrow(() -> ApiException.unauthorized("the account is gone"));
        return Reply.ok(tokensFor(u));
    }

    private Reply logout(Exchange ex) {
        auth.revoke(ex.principal());
        stores.tokens().revokeRefreshTokensOf(ex.userId());
        return Reply.noContent();
    }

    private Reply me(Exchange ex) {
        User u = stores.users().byId(ex.userId()).orElseThrow(() -> ApiException.unauthorized("the account is gone"));
        return Reply.ok(UserView.of(u));
    }

    /**
     * Joining with an invite. Signed in: the account becomes a member. Not signed in: a guest
     * account with the given name is made and signed in.
     */
    private Reply join(Exchange ex) {
        if (!attempts.tryAcquire("join:" + ex.remoteAddress())) throw ApiException.tooMany("too many join attempts; wait a minute", 60);
        Join j = ex.body(Join.class);
        String code = Text.required("code", j.code(), 200);
        Invite invite = stores.invites().byCode(code).filter(i -> i.usableAt(clock.instant()))
                .orElseThrow(() -> ApiException.notFound("this invite code is not valid or has expired"));
        User user = signedInUser(ex);
        if (user == null) user = stores.users().createGuest(Text.required("name", j.name(), 100));
        Membership m = stores.projects().addMember(invite.projectId(), user.id(), invite.role());
        TokenReply t = tokensFor(user);
        return Reply.ok(new JoinReply(t.accessToken(), t.tokenType(), t.expiresIn(), t.refreshToken(), t.user(),
                invite.projectId(), m.role().wireName()));
    }

    private User signedInUser(Exchange ex) {
        String header = ex.header("Authorization");
        if (header == null) return null;
        try {
            return stores.users().byId(auth.fromHeader(header).userId()).orElse(null);
        } catch (dev.blueline.server.auth.AuthException e) {
            throw ApiException.unauthorized(e.getMessage());
        }
    }

    private TokenReply tokensFor(User u) {
        String refresh = tokens.newRefreshToken();
        stores.tokens().saveRefresh(Tokens.hash(refresh), u.id(), clock.instant().plus(refreshLifetime));
        return new TokenReply(tokens.issue(u.id()), "bearer", tokens.lifetime().toSeconds(), refresh, UserView.of(u));
    }
}
