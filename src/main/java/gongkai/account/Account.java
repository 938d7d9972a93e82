package gongkai.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A staff account; the password is only ever stored as a BCrypt hash. */
@MappedEntity("account")
public record Account(
        @Id @GeneratedValue Long id,
        String username,
        String passwordHash,
        Role role,
        @Nullable Long unitId,
        @Nullable String regionCode,
        boolean enabled,
        int failedLogins,
        @Nullable Instant lockedUntil,
        @Nullable @DateCreated Instant createdAt) {

    Account withFailures(int failures, @Nullable Instant lockUntil) {
        return new Account(id, username, passwordHash, role, unitId, regionCode, enabled, failures, lockUntil, createdAt);
    }

    Account withEnabled(boolean on) {
        return new Account(id, username, passwordHash, role, unitId, regionCode, on, failedLogins, lockedUntil, createdAt);
    }
}
