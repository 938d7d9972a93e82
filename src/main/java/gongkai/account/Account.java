package gongkai.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A staff account; the password is only ever stored as a BCrypt hash. {@code sessionEpoch} grows
 * with every change that must end the account's open sessions (see AccountAuthenticationFetcher).
 */
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
        @Nullable @DateCreated Instant createdAt,
        long sessionEpoch) {

    Account withFailures(int failures, @Nullable Instant lockUntil) {
        return new Account(
                id,
                username,
                passwordHash,
                role,
                unitId,
                regionCode,
                enabled,
                failures,
                lockUntil,
                createdAt,
                sessionEpoch);
    }

    Account withEnabled(boolean on) {
        return new Account(
                id,
                username,
                passwordHash,
                role,
                unitId,
                regionCode,
                on,
                failedLogins,
                lockedUntil,
                createdAt,
                sessionEpoch + 1);
    }

    /** The same account with a new password; its open sessions end. */
    Account withPassword(String hash) {
        return new Account(
                id,
                username,
                hash,
                role,
                unitId,
                regionCode,
                enabled,
                0,
                null,
                createdAt,
                sessionEpoch + 1);
    }

    /** The same account with another role and scope; its open sessions end. */
    Account withScope(Role newRole, @Nullable Long newUnit, @Nullable String newRegion) {
        return new Account(
                id,
                username,
                passwordHash,
                newRole,
                newUnit,
                newRegion,
                enabled,
                failedLogins,
                lockedUntil,
                createdAt,
                sessionEpoch + 1);
    }
}
