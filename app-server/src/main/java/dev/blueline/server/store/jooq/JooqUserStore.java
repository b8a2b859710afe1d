package dev.blueline.server.store.jooq;

import dev.blueline.server.db.tables.records.UsersRecord;
import dev.blueline.server.store.DuplicateException;
import dev.blueline.server.store.User;
import dev.blueline.server.store.UserStore;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import static dev.blueline.server.db.Tables.USERS;

/** Accounts. Emails are kept trimmed and lower-cased, which makes the unique key case-insensitive. */
final class JooqUserStore implements UserStore {
    private final DSLContext dsl;
    private final Times times;

    JooqUserStore(DSLContext dsl, Times times) {
        this.dsl = dsl;
        this.times = times;
    }

    @Override
    public User create(String email, String name, String passwordHash) {
        Objects.requireNonNull(email, "email");
        User user = new User(UUID.randomUUID().toString(), normalise(email), name, passwordHash, false, times.now());
        try {
            insert(user);
        } catch (IntegrityConstraintViolationException e) {
            if (byEmail(user.email()).isPresent()) throw new DuplicateException("the email " + user.email() + " is already registered");
            throw e;
        }
        return user;
    }

    @Override
    public User createGuest(String name) {
        User user = new User(UUID.randomUUID().toString(), null, name, null, true, times.now());
        insert(user);
        return user;
    }

    @Override
    public Optional<User> byId(String id) {
        return dsl.selectFrom(USERS).where(USERS.ID.eq(id)).fetchOptional().map(JooqUserStore::user);
    }

    @Override
    public Optional<User> byEmail(String email) {
        if (email == null) return Optional.empty();
        return dsl.selectFrom(USERS).where(USERS.EMAIL.eq(normalise(email))).fetchOptional().map(JooqUserStore::user);
    }

    private void insert(User u) {
        dsl.insertInto(USERS, USERS.ID, USERS.EMAIL, USERS.NAME, USERS.PASSWORD_HASH, USERS.GUEST, USERS.CREATED_AT)
                .values(u.id(), u.email(), u.name(), u.passwordHash(), u.guest(), Times.column(u.createdAt()))
                .execute();
    }

    private static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static User user(UsersRecord r) {
        return new User(r.getId(), r.getEmail(), r.getName(), r.getPasswordHash(), r.getGuest(), Times.instant(r.getCreatedAt()));
    }
}
