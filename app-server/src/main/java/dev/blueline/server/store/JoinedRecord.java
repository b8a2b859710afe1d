package dev.blueline.server.store;

import java.time.Instant;

/**
 * A project this app joined on a teammate's host, as the app remembers it: the invite link's parts
 * (with the fingerprint of the certificate to pin), the project, the name shown there, and the guest
 * account the join made (its refresh token signs this app in again without a new account).
 */
public record JoinedRecord(String id, String linkHost, int linkPort, String inviteCode, String fingerprint,
                           String projectId, String projectName, String displayName, String userId, String role,
                           String refreshToken, Instant joinedAt, Instant openedAt) {

    public JoinedRecord withRefreshToken(String token) {
        return new JoinedRecord(id, linkHost, linkPort, inviteCode, fingerprint, projectId, projectName, displayName, userId, role,
                token, joinedAt, openedAt);
    }
}
