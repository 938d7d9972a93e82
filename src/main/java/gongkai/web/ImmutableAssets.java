package gongkai.web;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Vendor files live in a directory named by their version (static/vendor/echarts-5.6.0-gongkai), so
 * a file at one address never changes: browsers may keep it for a year without asking again,
 * instead of the static handler's 60 seconds.
 */
@ServerFilter("/static/vendor/**")
class ImmutableAssets {

    static final String FOREVER = "public, max-age=31536000, immutable";

    @ResponseFilter
    void immutable(MutableHttpResponse<?> response) {
        if (response.status() == HttpStatus.OK || response.status() == HttpStatus.NOT_MODIFIED) {
            response.getHeaders().set("Cache-Control", FOREVER);
        }
    }
}
