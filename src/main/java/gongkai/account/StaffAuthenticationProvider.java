package gongkai.account;

import gongkai.audit.AuditLog;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;


/**
 * Checks a login against the account table. Runs on the blocking executor (JDBC and BCrypt are
 * slow on purpose). Throttling happens twice: per account ({@link AccountService}) and per client
 * address ({@link LoginThrottle}), so guessing many usernames from one place is slowed too.
 */
@Singleton
class StaffAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    static final String UNIT_ID = "unitId";
    static final String REGION_CODE = "regionCode";

    private final AccountService accounts;
    private final LoginThrottle throttle;
    private final AuditLog audit;

    StaffAuthenticationProvider(AccountService accounts, LoginThrottle throttle, AuditLog audit) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public AuthenticationResponse authenticate(HttpRequest<B> request, AuthenticationRequest<String, String> login) {
        String client = request == null ? "unknown" : request.getRemoteAddress().getAddress().getHostAddress();
        String username = login.getIdentity() == null ? "" : login.getIdentity().strip();
        if (throttle.blocked(client)) {
            return AuthenticationResponse.failure("登录尝试过于频繁，请稍后再试。");
        }
        AccountService.Check check = accounts.check(username, login.getSecret());
        if (!check.ok()) {
            throttle.failed(client);
            audit.record(username.isEmpty() ? "?" : username, "LOGIN_FAILED", null, client);
            return AuthenticationResponse.failure(check.failure());
        }
        Account account = check.account();
        throttle.succeeded(client);
        audit.record(account.username(), "LOGIN", null, client);
        // Remembers the account's session epoch: a later disable, reset or role change ends this session.
        Authentication session = AccountAuthenticationFetcher.authentication(account);
        return AuthenticationResponse.success(session.getName(), session.getRoles(), session.getAttributes());
    }
}
