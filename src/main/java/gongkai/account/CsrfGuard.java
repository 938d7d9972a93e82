package gongkai.account;

import gongkai.web.ForbiddenException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.csrf.CsrfConfiguration;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Checks the CSRF token a staff form sent against the one in the session (synchronizer token).
 * Every state-changing staff handler calls {@link #verify} first.
 */
@Singleton
public class CsrfGuard {

    private final CsrfConfiguration configuration;

    CsrfGuard(CsrfConfiguration configuration) {
        this.configuration = configuration;
    }

    /** The session's token, for the hidden field of a form. */
    public String token(HttpRequest<?> request) {
        return CsrfTokenFilter.token(request, configuration);
    }

    public void verify(HttpRequest<?> request, @Nullable String sent) {
        String expected = token(request);
        if (expected.isEmpty()
                || sent == null
                || !MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8),
                        sent.getBytes(StandardCharsets.UTF_8))) {
            throw new ForbiddenException("表单已过期或来源不明（CSRF 校验失败），请刷新页面后重试。");
        }
    }
}
