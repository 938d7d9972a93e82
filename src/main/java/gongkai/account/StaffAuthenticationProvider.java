package gongkai.account;

import gongkai.audit.AuditAction;
import gongkai.audit.AuditLog;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;

/**
 * Checks a login against the account table. Runs on the blocking executor (JDBC and BCrypt are slow
 * on purpose). Throttling ({@link LoginThrottle}) is per account and client address (the address as
 * {@link TrustedProxies} reads it behind a proxy) and per address; a throttled attempt takes as
 * long as a checked one.
 */
@Singleton
class StaffAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    static final String UNIT_ID = "unitId";
    static final String REGION_CODE = "regionCode";

    private final AccountService accounts;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final TrustedProxies proxies;

    StaffAuthenticationProvider(
            AccountService accounts,
            LoginThrottle throttle,
            AuditLog audit,
            TrustedProxies proxies) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.audit = audit;
        this.proxies = proxies;
    }

    @Override
    public AuthenticationResponse authenticate(
            HttpRequest<B> request, AuthenticationRequest<String, String> login) {
        String client = request == null ? "unknown" : proxies.clientAddress(request);
        String username = login.getIdentity() == null ? "" : login.getIdentity().strip();
        // audit_event.username holds 64 characters; a longer name is no account's, but is still
        // recorded.
        String audited =
                username.isEmpty()
                        ? "?"
                        : username.length() > 64 ? username.substring(0, 63) + "…" : username;
        if (throttle.refused(client, username)) {
            accounts.refuseInConstantTime(login.getSecret());
            throttle.failed(client, username, false);
            audit.record(audited, AuditAction.LOGIN_FAILED, null, client + "（尝试过于频繁，未核对密码）");
            return AuthenticationResponse.failure("登录尝试过于频繁，请稍后再试。");
        }
        AccountService.Check check = accounts.check(username, login.getSecret());
        if (!check.ok()) {
            throttle.failed(client, username, true);
            audit.record(audited, AuditAction.LOGIN_FAILED, null, client);
            return AuthenticationResponse.failure(check.failure());
        }
        Account account = check.account();
        throttle.succeeded(client, username);
        audit.record(account.username(), AuditAction.LOGIN, null, client);
        // Remembers the account's session epoch: a later disable, reset or role change ends this
        // session.
        Authentication session = AccountAuthenticationFetcher.authentication(account);
        return AuthenticationResponse.success(
                session.getName(), session.getRoles(), session.getAttributes());
    }
}
