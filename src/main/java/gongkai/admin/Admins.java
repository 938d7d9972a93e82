package gongkai.admin;

import gongkai.account.Role;
import gongkai.account.StaffUser;
import gongkai.unit.Unit;
import gongkai.web.ForbiddenException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** What the administrator's pages share: the role check and the choices of their select fields. */
final class Admins {

    private Admins() {}

    /** One choice of a select field. */
    @Serdeable
    record Option(String value, String label, boolean selected) {}

    /**
     * Every admin handler calls this first (after the CSRF check): the controllers are only {@code
     * IS_AUTHENTICATED}, because a role refusal by {@code @Secured} on an HTML page rendered as a
     * 500 (the error page's view is not rendered for responses from the security filter).
     */
    static void require(Authentication authentication) {
        if (StaffUser.of(authentication).role() != Role.ADMIN) {
            throw new ForbiddenException("只有管理员可以使用系统管理。");
        }
    }

    /** The units as choices, by name, with "（无）" first. */
    static List<Option> unitOptions(Collection<Unit> units, @Nullable String selected) {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", "（无）", selected == null || selected.isEmpty()));
        units.stream()
                .sorted(Comparator.comparing(Unit::name))
                .forEach(
                        u ->
                                options.add(
                                        new Option(
                                                u.id().toString(),
                                                u.name() + "（" + u.regionCode() + "）",
                                                u.id().toString().equals(selected))));
        return options;
    }

    static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String strip(@Nullable String s) {
        return s == null ? "" : s.strip();
    }
}
