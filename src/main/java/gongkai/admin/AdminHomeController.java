package gongkai.admin;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * {@code /staff/admin}: the administrator's start page, linking accounts, units, regions and the
 * index.
 */
@Hidden // a staff page, not part of the open API
@Controller("/staff/admin")
@Secured(SecurityRule.IS_AUTHENTICATED) // and Admins.require
class AdminHomeController {

    @Serdeable
    record IndexModel(String username) {}

    @Get
    ModelAndView<IndexModel> index(Authentication authentication) {
        Admins.require(authentication);
        return new ModelAndView<>("admin/index", new IndexModel(authentication.getName()));
    }
}
