package gongkai.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.audit.AuditEvent;
import gongkai.audit.AuditLog;
import gongkai.importer.ImportService;
import gongkai.testsupport.Samples;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Login throttling that a stranger cannot turn against an account or another user, refusals that
 * take as long whatever the reason, and usernames of any length. Requests arrive through a trusted
 * proxy (127.0.0.1) that names the client address in X-Forwarded-For, so one test plays several
 * addresses.
 */
@MicronautTest(transactional = false)
@Property(name = "gongkai.security.trusted-proxies", value = "127.0.0.1,::1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginHardeningTest {

    @Inject EmbeddedServer server;
    @Inject AccountService accounts;
    @Inject ImportService imports;
    @Inject AuditLog audit;

    private final HttpClient client =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();

    @BeforeAll
    void accountsOfOneUnit() {
        imports.importDocument("004", Samples.bytes(Samples.LILING_JUSTICE_BUREAU), false);
        for (String name :
                List.of("lh-victim", "lh-own", "lh-timing", "lh-disabled", "lh-slowed")) {
            accounts.add(
                    new AccountService.NewAccount(
                            name, Role.UNIT_EDITOR, "醴陵市司法局", null, "right-password-1"),
                    "test");
        }
        accounts.disable("lh-disabled", "test");
    }

    /** POST /login from a client address; true when it logged in (303 to /staff). */
    private boolean login(String from, String username, String password) {
        HttpResponse<String> r = post(from, username, password);
        assertTrue(r.statusCode() < 500, "no server error: " + r.statusCode() + " " + r.body());
        return r.headers()
                .firstValue("Location")
                .map(l -> URI.create(l).getPath().equals("/staff"))
                .orElse(false);
    }

    private HttpResponse<String> post(String from, String username, String password) {
        String body =
                "username="
                        + URLEncoder.encode(username, StandardCharsets.UTF_8)
                        + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest request =
                HttpRequest.newBuilder(server.getURI().resolve("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Forwarded-For", from)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aStrangersFailuresDoNotLockTheAccountForItsOwner() {
        for (int i = 0; i < 8; i++) {
            assertFalse(login("203.0.113.66", "lh-victim", "guess-" + i));
        }
        // The stranger's own address has to wait now, even with the right password...
        assertFalse(login("203.0.113.66", "lh-victim", "right-password-1"));
        // ...but the owner, elsewhere, logs in.
        assertTrue(login("198.51.100.7", "lh-victim", "right-password-1"));
    }

    @Test
    void aSuccessfulLoginDoesNotClearTheAddresssFailuresAgainstOtherAccounts() {
        String from = "203.0.113.19";
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
                assertFalse(login(from, "lh-nobody-" + round + "-" + i, "guess"));
            }
            if (round == 0) {
                // The guesser's own account, from the same address: it must not wipe the slate.
                assertTrue(login(from, "lh-own", "right-password-1"));
            }
        }
        assertFalse(
                login(from, "lh-own", "right-password-1"),
                "the address is over its limit of failures");
        assertTrue(
                login("198.51.100.19", "lh-own", "right-password-1"),
                "other addresses are not affected");
    }

    @Test
    void refusalsTakeAsLongForUnknownDisabledAndSlowedAccountsAsForAWrongPassword() {
        for (int i = 0; i < 4; i++) {
            login(
                    "203.0.113.90",
                    "lh-slowed",
                    "guess-" + i); // puts this account and address into back-off
        }
        long slowed = median("203.0.113.90", "lh-slowed", "right-password-1");
        long wrongPassword = median("198.51.100.90", "lh-timing", "wrong-password");
        long unknown = median("198.51.100.91", "lh-no-such-user", "wrong-password");
        long disabled = median("198.51.100.92", "lh-disabled", "right-password-1");
        long fastest = Math.min(Math.min(wrongPassword, unknown), Math.min(disabled, slowed));
        long slowest = Math.max(Math.max(wrongPassword, unknown), Math.max(disabled, slowed));
        // BCrypt dominates every refusal; a refusal before it would be ~30 times faster.
        assertTrue(
                slowest < 4 * fastest,
                "wrong password "
                        + wrongPassword
                        + " ms, unknown "
                        + unknown
                        + " ms, disabled "
                        + disabled
                        + " ms, slowed "
                        + slowed
                        + " ms");
    }

    private long median(String from, String username, String password) {
        long[] times = new long[3];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            assertFalse(login(from, username, password));
            times[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(times);
        return times[1];
    }

    @Test
    void aVeryLongUsernameIsRefusedAndAudited() {
        String longName = "x".repeat(300);
        HttpResponse<String> r = post("203.0.113.64", longName, "whatever-password");
        assertEquals(303, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Location").orElse("").startsWith("/login?error"));
        List<String> failedNames = new ArrayList<>();
        for (AuditEvent e : audit.latest(50)) {
            if (e.action().equals("LOGIN_FAILED")) {
                failedNames.add(e.username());
            }
        }
        assertTrue(
                failedNames.stream().anyMatch(n -> n.startsWith("xxxxxxxx") && n.length() <= 64),
                failedNames.toString());
    }
}
