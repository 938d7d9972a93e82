package gongkai.account;

import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Staff pages, the login and the import API answer with data for one person: no browser cache (back
 * button on a shared computer after logout) and no proxy may keep them.
 */
@ServerFilter({"/staff/**", "/login", "/logout", "/api/imports"})
class NoStoreFilter {

    @ResponseFilter
    void noStore(MutableHttpResponse<?> response) {
        response.header("Cache-Control", "no-store");
        response.header("Pragma", "no-cache");
    }
}
