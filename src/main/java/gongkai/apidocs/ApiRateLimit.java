package gongkai.apidocs;

import gongkai.account.TrustedProxies;
import gongkai.web.ApiError;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.cors.CorsFilter;
import java.time.Duration;

/**
 * A rate limit per client address on the open API's reads ({@code GET /api/…}): past the burst,
 * requests beyond {@code gongkai.api.rate-limit.per-minute} answer 429 with Retry-After and a
 * Chinese message, so one notebook in a loop cannot crowd out everybody else. The address is the
 * connection's, or X-Forwarded-For's only from a trusted proxy (account.TrustedProxies): any client
 * could otherwise claim a fresh address with every request. Staff writes are not limited here.
 */
@ServerFilter("/api/**")
class ApiRateLimit implements Ordered {

    private final TrustedProxies proxies;
    private final RequestBuckets buckets;

    ApiRateLimit(
            TrustedProxies proxies,
            @Value("${gongkai.api.rate-limit.per-minute:120}") int perMinute,
            @Value("${gongkai.api.rate-limit.burst:60}") int burst) {
        this.proxies = proxies;
        this.buckets = new RequestBuckets(perMinute, burst, System::nanoTime);
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> limit(HttpRequest<?> request) {
        HttpMethod method = request.getMethod();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            return null;
        }
        Duration wait = buckets.take(proxies.clientAddress(request));
        if (wait.isZero()) {
            return null;
        }
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", Long.toString(seconds))
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(
                        new ApiError(
                                429,
                                "请求过于频繁：每个地址每分钟最多可请求开放接口一定次数，请 "
                                        + seconds
                                        + " 秒后再试（见响应头 Retry-After）。"
                                        + "需要全部数据时请用批量下载。"));
    }

    @Override
    public int getOrder() {
        // After the CORS filter, so a page of another origin can read the 429 and its Retry-After;
        // before security and the controllers, so a refused request costs next to nothing.
        return CorsFilter.CORS_FILTER_ORDER + 1;
    }
}
