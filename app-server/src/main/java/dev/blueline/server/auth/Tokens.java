package dev.blueline.server.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.TokenExpiredException;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/** Signs and checks access tokens (JWT, HS256) and makes refresh tokens (random, stored hashed). */
public final class Tokens {
    private static final String ISSUER = "blueline";
    private final Algorithm algorithm;
    private final JWTVerifier verifier;
    private final Duration lifetime;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public Tokens(byte[] key, Duration lifetime, Clock clock) {
        this.algorithm = Algorithm.HMAC256(key);
        this.lifetime = lifetime;
        this.clock = clock;
        // the host's clock, not the system's: expiry and "issued at" are judged by the same time that stamped them
        this.verifier = ((com.auth0.jwt.JWTVerifier.BaseVerification) JWT.require(algorithm).withIssuer(ISSUER).acceptLeeway(5)).build(clock);
    }

    public Duration lifetime() {
        return lifetime;
    }

    /** A signed access token for a user. */
    public String issue(String userId) {
        Instant now = clock.instant();
        return JWT.create().withIssuer(ISSUER).withSubject(userId).withJWTId(UUID.randomUUID().toString())
                .withIssuedAt(now).withExpiresAt(now.plus(lifetime)).sign(algorithm);
    }

    /** Checks signature, issuer and expiry. Revocation is the caller's business. */
    public Principal verify(String token) throws AuthException {
        try {
            DecodedJWT jwt = verifier.verify(token);
            if (jwt.getSubject() == null || jwt.getId() == null) throw new AuthException("the token is incomplete");
            if (jwt.getExpiresAtAsInstant().isBefore(clock.instant())) throw new AuthException("the token has expired; sign in again or refresh");
            return new Principal(jwt.getSubject(), jwt.getId(), jwt.getExpiresAtAsInstant());
        } catch (TokenExpiredException e) {
            throw new AuthException("the token has expired; sign in again or refresh");
        } catch (JWTVerificationException e) {
            throw new AuthException("the token is not valid");
        }
    }

    /** A new refresh token: 256 random bits, URL-safe. Store only its {@link #hash}. */
    public String newRefreshToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String refreshToken) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(refreshToken.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
