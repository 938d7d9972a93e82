package gongkai.account;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;

/** BCrypt (cost 12) through a maintained library; never hand-written hashing. */
@Singleton
class PasswordHasher {

    private static final int COST = 12;

    /** Verified against when the username is unknown, so both cases take the same time. */
    private static final String DUMMY =
            BCrypt.withDefaults().hashToString(COST, "unknown-user-placeholder".toCharArray());

    String hash(String password) {
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }

    boolean matches(String password, String hash) {
        return BCrypt.verifyer()
                .verify(
                        password.getBytes(StandardCharsets.UTF_8),
                        hash.getBytes(StandardCharsets.UTF_8))
                .verified;
    }

    void burnTime(String password) {
        matches(password, DUMMY);
    }
}
