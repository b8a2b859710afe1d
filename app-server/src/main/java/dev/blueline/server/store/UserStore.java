package dev.blueline.server.store;

import java.util.Optional;

public interface UserStore {
    /** A new account. Email is stored lower-cased and must be unused, else {@link DuplicateException}. */
    User create(String email, String name, String passwordHash);

    /** A guest account (joined through an invite): a name, no email, no password. */
    User createGuest(String name);

    Optional<User> byId(String id);

    /** Case-insensitive. */
    Optional<User> byEmail(String email);
}
