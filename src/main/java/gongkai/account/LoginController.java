package gongkai.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;

/** The login form; the POST goes to Micronaut Security's /login, which sets the session. */
// A page for people, not part of the open API.
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class LoginController {

    @Serdeable
    record LoginPage(boolean failed, boolean loggedOut) {}

    @Serdeable
    record Model(LoginPage login) {}

    @Get("/login")
    @View("account/login")
    @Produces(MediaType.TEXT_HTML)
    Model form(@Nullable @QueryValue String error, @Nullable @QueryValue String bye) {
        return new Model(new LoginPage(error != null, bye != null));
    }
}
