package gongkai.admin;

import gongkai.account.Account;
import gongkai.account.AccountService;
import gongkai.account.CsrfGuard;
import gongkai.account.Role;
import gongkai.admin.AccountForms.Typed;
import gongkai.admin.Admins.Option;
import gongkai.region.Region;
import gongkai.region.RegionDirectory;
import gongkai.unit.Unit;
import gongkai.unit.UnitService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Renders the {@code /staff/admin/accounts} page: account rows, new-account and scope forms. */
@Singleton
class AccountsPageView {

    private final AccountService accounts;
    private final UnitService units;
    private final RegionDirectory regions;
    private final CsrfGuard csrf;

    AccountsPageView(
            AccountService accounts, UnitService units, RegionDirectory regions, CsrfGuard csrf) {
        this.accounts = accounts;
        this.units = units;
        this.regions = regions;
        this.csrf = csrf;
    }

    @Serdeable
    record AccountLine(
            String username,
            String roleLabel,
            String scope,
            boolean enabled,
            boolean locked,
            String disableHref,
            String enableHref,
            String passwordHref,
            @Nullable String passwordError) {}

    /** The list, the new-account form and the scope form, each as typed when shown again. */
    @Serdeable
    record AccountsPage(
            List<AccountLine> accounts,
            Typed form,
            List<Option> roles,
            List<Option> units,
            Typed scope,
            List<Option> scopeUsers,
            List<Option> scopeRoles,
            List<Option> scopeUnits,
            @Nullable String message,
            @Nullable String error,
            String csrfToken) {}

    @Serdeable
    record AccountsModel(AccountsPage page) {}

    /** The page with blank forms and an error above them. */
    HttpResponse<?> refused(HttpRequest<?> request, String error) {
        return page(
                request,
                Typed.blank(),
                Typed.blank(),
                Map.of(),
                null,
                error,
                HttpStatus.UNPROCESSABLE_ENTITY);
    }

    /**
     * The page; {@code passwordErrors} puts a message next to the password field of that account's
     * row.
     */
    HttpResponse<?> page(
            HttpRequest<?> request,
            Typed form,
            Typed scope,
            Map<String, String> passwordErrors,
            @Nullable String message,
            @Nullable String error,
            HttpStatus status) {
        Map<Long, Unit> byId =
                units.all().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        Instant now = Instant.now();
        List<Account> all = accounts.list();
        List<AccountLine> lines =
                all.stream()
                        .map(
                                a ->
                                        new AccountLine(
                                                a.username(),
                                                a.role().label(),
                                                scope(a, byId),
                                                a.enabled(),
                                                a.lockedUntil() != null
                                                        && a.lockedUntil().isAfter(now),
                                                "/staff/admin/accounts/"
                                                        + a.username()
                                                        + "/disable",
                                                "/staff/admin/accounts/" + a.username() + "/enable",
                                                "/staff/admin/accounts/"
                                                        + a.username()
                                                        + "/password",
                                                passwordErrors.get(a.username())))
                        .toList();
        List<Option> users =
                all.stream()
                        .map(
                                a ->
                                        new Option(
                                                a.username(),
                                                a.username(),
                                                a.username().equals(scope.username())))
                        .toList();
        return HttpResponse.status(status)
                .body(
                        new ModelAndView<>(
                                "admin/accounts",
                                new AccountsModel(
                                        new AccountsPage(
                                                lines,
                                                form,
                                                roles(form.role()),
                                                Admins.unitOptions(byId.values(), form.unitId()),
                                                scope,
                                                users,
                                                roles(scope.role()),
                                                Admins.unitOptions(byId.values(), scope.unitId()),
                                                message,
                                                error,
                                                csrf.token(request)))));
    }

    private static List<Option> roles(String selected) {
        return Arrays.stream(Role.values())
                .map(r -> new Option(r.name(), r.label(), r.name().equals(selected)))
                .toList();
    }

    private String scope(Account a, Map<Long, Unit> byId) {
        StringBuilder b = new StringBuilder();
        if (a.unitId() != null && byId.containsKey(a.unitId())) {
            b.append(byId.get(a.unitId()).name());
        }
        if (a.regionCode() != null) {
            if (b.length() > 0) {
                b.append("；");
            }
            b.append(regions.byCode(a.regionCode()).map(Region::name).orElse(a.regionCode()))
                    .append("（")
                    .append(a.regionCode())
                    .append("）");
        }
        return b.length() == 0 ? "全部" : b.toString();
    }
}
