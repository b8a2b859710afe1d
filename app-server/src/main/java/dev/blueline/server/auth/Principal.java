package dev.blueline.server.auth;

import java.time.Instant;

/** Who made a request, as proven by a valid access token. */
public record Principal(String userId, String tokenId, Instant expiresAt) {
}
