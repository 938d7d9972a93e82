package gongkai.account;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.security.session.SessionAuthenticationFetcher;
import io.micronaut.session.Session;
import io.micronaut.session.SessionStore;
import io.micronaut.session.http.HttpSessionFilter;
import io.micronaut.session.http.SessionForRequest;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;

/**
 * Who a session belongs to, checked against the account row on every request: a session whose
 * account is gone or disabled, or whose {@link Account#sessionEpoch()} has moved on since its login
 * (password reset, role or scope change, disable — from the admin pages or the command line, which
 * writes the database directly), is deleted and the request goes on as anonymous (login page, or
 * 401 under /api). Role, unit and region always come from the current row, never from the session.
 *
 * <p>Costs one primary-key-sized lookup (unique username) per request of a logged-in session, on
 * the blocking executor; anonymous requests do not touch the database.
 */
@Singleton
@Replaces(SessionAuthenticationFetcher.class)
class AccountAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    static final String SESSION_EPOCH = "sessionEpoch";

    private final AccountRepository accounts;
    private final SessionStore<Session> sessions;
    private final ExecutorService blocking;

    AccountAuthenticationFetcher(
            AccountRepository accounts,
            SessionStore<Session> sessions,
            @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.blocking = blocking;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        Optional<Session> session = SessionForRequest.find(request);
        Optional<Authentication> stored =
                session.flatMap(s -> s.get(SecurityFilter.AUTHENTICATION, Authentication.class));
        if (stored.isEmpty()) {
            return Publishers.empty();
        }
        // A null result completes the publisher without a value: the request is anonymous.
        return Publishers.fromCompletableFuture(
                () ->
                        CompletableFuture.supplyAsync(
                                () -> {
                                    Optional<Authentication> current = current(stored.get());
                                    if (current.isEmpty()) {
                                        end(request, session.get());
                                    }
                                    return current.orElse(null);
                                },
                                blocking));
    }

    private Optional<Authentication> current(Authentication stored) {
        Object epoch = stored.getAttributes().get(SESSION_EPOCH);
        return accounts.findByUsername(stored.getName())
                .filter(Account::enabled)
                .filter(a -> epoch instanceof Number n && n.longValue() == a.sessionEpoch())
                .map(AccountAuthenticationFetcher::authentication);
    }

    /** The session's principal as the account row says now. */
    static Authentication authentication(Account account) {
        Map<String, Object> attributes = new HashMap<>();
        if (account.unitId() != null) {
            attributes.put(StaffAuthenticationProvider.UNIT_ID, account.unitId());
        }
        if (account.regionCode() != null) {
            attributes.put(StaffAuthenticationProvider.REGION_CODE, account.regionCode());
        }
        attributes.put(SESSION_EPOCH, account.sessionEpoch());
        return Authentication.build(account.username(), List.of(account.role().name()), attributes);
    }

    private void end(HttpRequest<?> request, Session session) {
        sessions.deleteSession(session.getId());
        // Detached from the request too, or the session filter would save it again on the way out.
        request.getAttributes().remove(HttpSessionFilter.SESSION_ATTRIBUTE);
    }

    @Override
    public int getOrder() {
        return SessionAuthenticationFetcher.ORDER;
    }
}
