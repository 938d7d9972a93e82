package gongkai.admin;

import io.swagger.v3.oas.annotations.Hidden;
import gongkai.account.Account;
import gongkai.account.AccountService;
import gongkai.account.CsrfGuard;
import gongkai.account.Role;
import gongkai.account.StaffUser;
import gongkai.audit.AuditLog;
import gongkai.region.Region;
import gongkai.region.RegionDirectory;
import gongkai.unit.Unit;
import gongkai.unit.UnitService;
import gongkai.web.NotFoundException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import gongkai.web.ForbiddenException;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /staff/admin}: accounts (create with role and unit/region, disable, enable, reset password),
 * units (create, rename, region, kind, supervising unit) and the national region list (read-only:
 * it is migration data). Administrators only; every change is CSRF-checked and audited.
 */
// A staff page, not part of the open API.
@Hidden
@Controller("/staff/admin")
// Authenticated here and checked per handler (admin()): a role refusal by @Secured on an HTML page
// rendered as a 500 (the error page's view is not rendered for responses from the security filter).
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class AdminController {

    static final List<String> UNIT_KINDS = List.of("行政单位", "参照公务员法管理事业单位", "公益一类事业单位", "公益二类事业单位", "其他");

    private final AccountService accounts;
    private final UnitService units;
    private final RegionDirectory regions;
    private final AuditLog audit;
    private final CsrfGuard csrf;

    AdminController(AccountService accounts, UnitService units, RegionDirectory regions, AuditLog audit, CsrfGuard csrf) {
        this.accounts = accounts;
        this.units = units;
        this.regions = regions;
        this.audit = audit;
        this.csrf = csrf;
    }

    @Serdeable
    record Option(String value, String label, boolean selected) {
    }

    @Serdeable
    record AccountLine(String username, String roleLabel, String scope, boolean enabled, boolean locked, String disableHref,
                       String enableHref, String passwordHref) {
    }

    @Serdeable
    record AccountForm(String username, String role, @Nullable String unitId, String regionCode) {
    }

    @Serdeable
    record AccountsPage(List<AccountLine> accounts, AccountForm form, List<Option> roles, List<Option> units,
                        @Nullable String message, @Nullable String error, String csrfToken) {
    }

    @Serdeable
    record AccountsModel(AccountsPage page) {
    }

    @Serdeable
    record UnitLine(long id, String name, String region, @Nullable String kind, @Nullable String parent, String href) {
    }

    /** A unit form as typed, with a message per field ("name", "regionCode", "kind", "parentUnitId"). */
    @Serdeable
    record UnitForm(String name, String regionCode, String kind, String parentUnitId, Map<String, String> errors) {
    }

    @Serdeable
    record UnitsPage(List<UnitLine> units, String query, UnitForm form, List<Option> kinds, List<Option> parents,
                     @Nullable String message, String csrfToken) {
    }

    @Serdeable
    record UnitsModel(UnitsPage page) {
    }

    @Serdeable
    record UnitPage(long id, String name, String action, UnitForm form, List<Option> kinds, List<Option> parents,
                    @Nullable String message, String csrfToken) {
    }

    @Serdeable
    record UnitModel(UnitPage page) {
    }

    @Serdeable
    record RegionLine(String code, String name, String levelLabel, String path, String childrenHref) {
    }

    @Serdeable
    record RegionsPage(String query, @Nullable String parentName, List<RegionLine> regions) {
    }

    @Serdeable
    record RegionsModel(RegionsPage page) {
    }

    @Serdeable
    record IndexModel(String username) {
    }

    @Get
    ModelAndView<IndexModel> index(Authentication authentication) {
        admin(authentication);
        return new ModelAndView<>("admin/index", new IndexModel(authentication.getName()));
    }

    // --- accounts ---

    @Get("/accounts")
    HttpResponse<?> accountList(@Nullable @QueryValue String saved, HttpRequest<?> request, Authentication authentication) {
        admin(authentication);
        return accountsPage(request, new AccountForm("", Role.UNIT_EDITOR.name(), null, ""),
                saved == null ? null : "已保存。", null, HttpStatus.OK);
    }

    @Post(value = "/accounts", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> createAccount(@Body Map<String, String> form, HttpRequest<?> request, Authentication authentication) {
        csrf.verify(request, form.get("csrfToken"));
        admin(authentication);
        AccountForm typed = new AccountForm(form.getOrDefault("username", "").strip(), form.getOrDefault("role", ""),
                form.getOrDefault("unitId", ""), form.getOrDefault("regionCode", "").strip());
        Role role;
        try {
            role = Role.valueOf(typed.role());
        } catch (IllegalArgumentException e) {
            return accountsPage(request, typed, null, "请选择角色。", HttpStatus.UNPROCESSABLE_ENTITY);
        }
        Long unitId = null;
        if (typed.unitId() != null && !typed.unitId().isBlank()) {
            try {
                unitId = Long.parseLong(typed.unitId().strip());
            } catch (NumberFormatException e) {
                return accountsPage(request, typed, null, "所选单位不存在。", HttpStatus.UNPROCESSABLE_ENTITY);
            }
        }
        try {
            accounts.add(new AccountService.NewAccount(typed.username(), role, null, typed.regionCode(),
                    form.getOrDefault("password", "")), unitId, authentication.getName());
        } catch (AccountService.InvalidAccountException e) {
            return accountsPage(request, typed, null, e.getMessage(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return HttpResponse.seeOther(URI.create("/staff/admin/accounts?saved=1"));
    }

    @Post(value = "/accounts/{username}/disable", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> disable(@PathVariable String username, @Body Map<String, String> form, HttpRequest<?> request,
                            Authentication authentication) {
        csrf.verify(request, form.get("csrfToken"));
        admin(authentication);
        if (username.equals(authentication.getName())) {
            return accountsPage(request, blankAccount(), null, "不能停用自己正在使用的账号。", HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return accountAction(request, () -> accounts.disable(username, authentication.getName()));
    }

    @Post(value = "/accounts/{username}/enable", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> enable(@PathVariable String username, @Body Map<String, String> form, HttpRequest<?> request,
                           Authentication authentication) {
        csrf.verify(request, form.get("csrfToken"));
        admin(authentication);
        return accountAction(request, () -> accounts.enable(username, authentication.getName()));
    }

    @Post(value = "/accounts/{username}/password", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> resetPassword(@PathVariable String username, @Body Map<String, String> form, HttpRequest<?> request,
                                  Authentication authentication) {
        csrf.verify(request, form.get("csrfToken"));
        admin(authentication);
        return accountAction(request, () -> accounts.resetPassword(username, form.getOrDefault("password", ""), authentication.getName()));
    }

    /** Another role or scope for an account; its open sessions end (AccountService.changeScope). */
    @Post(value = "/accounts/scope", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> changeScope(@Body Map<String, String> form, HttpRequest<?> request, Authentication authentication) {
        csrf.verify(request, form.get("csrfToken"));
        admin(authentication);
        String username = form.getOrDefault("username", "").strip();
        Role role;
        Long unitId;
        try {
            role = Role.valueOf(form.getOrDefault("role", ""));
            String unit = form.getOrDefault("unitId", "").strip();
            unitId = unit.isEmpty() ? null : Long.parseLong(unit);
        } catch (IllegalArgumentException e) {
            return accountsPage(request, blankAccount(), null, "请选择角色和单位。", HttpStatus.UNPROCESSABLE_ENTITY);
        }
        if (username.equals(authentication.getName())) {
            return accountsPage(request, blankAccount(), null, "不能修改自己正在使用的账号的角色。", HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return accountAction(request, () -> accounts.changeScope(username, role, unitId, form.get("regionCode"), authentication.getName()));
    }

    private HttpResponse<?> accountAction(HttpRequest<?> request, Runnable action) {
        try {
            action.run();
        } catch (AccountService.InvalidAccountException e) {
            return accountsPage(request, blankAccount(), null, e.getMessage(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return HttpResponse.seeOther(URI.create("/staff/admin/accounts?saved=1"));
    }

    private static AccountForm blankAccount() {
        return new AccountForm("", Role.UNIT_EDITOR.name(), null, "");
    }

    private HttpResponse<?> accountsPage(HttpRequest<?> request, AccountForm form, @Nullable String message,
                                         @Nullable String error, HttpStatus status) {
        Map<Long, Unit> byId = units.all().stream().collect(Collectors.toMap(Unit::id, u -> u));
        java.time.Instant now = java.time.Instant.now();
        List<AccountLine> lines = accounts.list().stream().map(a -> new AccountLine(a.username(), a.role().label(),
                scope(a, byId), a.enabled(), a.lockedUntil() != null && a.lockedUntil().isAfter(now),
                "/staff/admin/accounts/" + a.username() + "/disable", "/staff/admin/accounts/" + a.username() + "/enable",
                "/staff/admin/accounts/" + a.username() + "/password")).toList();
        List<Option> roles = java.util.Arrays.stream(Role.values())
                .map(r -> new Option(r.name(), r.label(), r.name().equals(form.role()))).toList();
        List<Option> unitOptions = unitOptions(byId.values(), form.unitId());
        return HttpResponse.status(status).body(new ModelAndView<>("admin/accounts",
                new AccountsModel(new AccountsPage(lines, form, roles, unitOptions, message, error, csrf.token(request)))));
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
            b.append(regions.byCode(a.regionCode()).map(Region::name).orElse(a.regionCode())).append("（").append(a.regionCode()).append("）");
        }
        return b.length() == 0 ? "全部" : b.toString();
    }

    // --- units ---

    @Get("/units")
    HttpResponse<?> unitList(@Nullable @QueryValue String q, @Nullable @QueryValue String saved, HttpRequest<?> request,
                             Authentication authentication) {
        admin(authentication);
        return unitsPage(request, q, new UnitForm("", "", "", "", Map.of()), saved == null ? null : "已保存。", HttpStatus.OK);
    }

    @Post(value = "/units", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> createUnit(@Body Map<String, String> form, HttpRequest<?> request, Authentication authentication) {
        csrf.verify(request, form.get("csrfToken"));
        admin(authentication);
        UnitForm typed = typedUnit(form);
        Map<String, String> errors = new LinkedHashMap<>(unitErrors(typed));
        if (errors.isEmpty()) {
            try {
                Unit created = units.create(typed.name(), typed.regionCode(), blankToNull(typed.kind()), parent(typed));
                audit.recordForUnit(authentication.getName(), "UNIT_CREATED", created.id(), created.name() + "（" + created.regionCode() + "）");
                return HttpResponse.seeOther(URI.create("/staff/admin/units?saved=1&q=" + URLEncoder.encode(created.name(), StandardCharsets.UTF_8)));
            } catch (UnitService.InvalidUnitException e) {
                errors.put(e.field(), e.getMessage());
            }
        }
        return unitsPage(request, null, withErrors(typed, errors), null, HttpStatus.UNPROCESSABLE_ENTITY);
    }

    @Get("/units/{id}")
    HttpResponse<?> unitForm(@PathVariable long id, @Nullable @QueryValue String saved, HttpRequest<?> request,
                             Authentication authentication) {
        admin(authentication);
        Unit unit = units.byId(id).orElseThrow(() -> new NotFoundException("编号为 " + id + " 的单位不存在。"));
        UnitForm form = new UnitForm(unit.name(), unit.regionCode(), unit.kind() == null ? "" : unit.kind(),
                unit.parentUnitId() == null ? "" : unit.parentUnitId().toString(), Map.of());
        return unitPage(request, unit, form, saved == null ? null : "已保存。", HttpStatus.OK);
    }

    @Post(value = "/units/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> updateUnit(@PathVariable long id, @Body Map<String, String> form, HttpRequest<?> request,
                               Authentication authentication) {
        csrf.verify(request, form.get("csrfToken"));
        admin(authentication);
        Unit unit = units.byId(id).orElseThrow(() -> new NotFoundException("编号为 " + id + " 的单位不存在。"));
        UnitForm typed = typedUnit(form);
        Map<String, String> errors = new LinkedHashMap<>(unitErrors(typed));
        if (errors.isEmpty()) {
            try {
                Unit updated = units.update(id, typed.name(), typed.regionCode(), blankToNull(typed.kind()), parent(typed));
                audit.recordForUnit(authentication.getName(), "UNIT_UPDATED", id, describe(unit) + " → " + describe(updated));
                return HttpResponse.seeOther(URI.create("/staff/admin/units/" + id + "?saved=1"));
            } catch (UnitService.InvalidUnitException e) {
                errors.put(e.field(), e.getMessage());
            }
        }
        return unitPage(request, unit, withErrors(typed, errors), null, HttpStatus.UNPROCESSABLE_ENTITY);
    }

    private static String describe(Unit u) {
        return u.name() + "（" + u.regionCode() + (u.kind() == null ? "" : "，" + u.kind())
                + (u.parentUnitId() == null ? "" : "，主管单位 " + u.parentUnitId()) + "）";
    }

    private static UnitForm typedUnit(Map<String, String> form) {
        return new UnitForm(form.getOrDefault("name", "").strip(), form.getOrDefault("regionCode", "").strip(),
                form.getOrDefault("kind", "").strip(), form.getOrDefault("parentUnitId", "").strip(), Map.of());
    }

    private static UnitForm withErrors(UnitForm f, Map<String, String> errors) {
        return new UnitForm(f.name(), f.regionCode(), f.kind(), f.parentUnitId(), errors);
    }

    private Map<String, String> unitErrors(UnitForm f) {
        Map<String, String> errors = new HashMap<>();
        if (f.name().isEmpty()) {
            errors.put("name", "请填写单位名称。");
        } else if (f.name().length() > 200) {
            errors.put("name", "单位名称最多 200 字。");
        }
        if (f.regionCode().isEmpty()) {
            errors.put("regionCode", "请填写行政区划代码（6 位）。");
        } else if (regions.byCode(f.regionCode()).isEmpty()) {
            errors.put("regionCode", "行政区划代码 " + f.regionCode() + " 不存在。");
        }
        if (f.kind().length() > 40) {
            errors.put("kind", "单位性质最多 40 字。");
        }
        if (!f.parentUnitId().isEmpty() && !f.parentUnitId().matches("\\d{1,18}")) {
            errors.put("parentUnitId", "所选主管单位不存在。");
        }
        return errors;
    }

    private static @Nullable Long parent(UnitForm f) {
        return f.parentUnitId().isEmpty() ? null : Long.valueOf(f.parentUnitId());
    }

    private HttpResponse<?> unitsPage(HttpRequest<?> request, @Nullable String q, UnitForm form, @Nullable String message,
                                      HttpStatus status) {
        List<Unit> all = units.all();
        Map<Long, Unit> byId = all.stream().collect(Collectors.toMap(Unit::id, u -> u));
        String query = q == null ? "" : q.strip();
        List<UnitLine> lines = all.stream()
                .filter(u -> query.isEmpty() || u.name().contains(query) || u.regionCode().startsWith(query))
                .limit(500)
                .map(u -> line(u, byId)).toList();
        return HttpResponse.status(status).body(new ModelAndView<>("admin/units", new UnitsModel(new UnitsPage(lines, query, form,
                kinds(form.kind()), unitOptions(all, form.parentUnitId()), message, csrf.token(request)))));
    }

    private HttpResponse<?> unitPage(HttpRequest<?> request, Unit unit, UnitForm form, @Nullable String message, HttpStatus status) {
        List<Unit> others = units.all().stream().filter(u -> !u.id().equals(unit.id())).toList();
        return HttpResponse.status(status).body(new ModelAndView<>("admin/unit", new UnitModel(new UnitPage(unit.id(), unit.name(),
                "/staff/admin/units/" + unit.id(), form, kinds(form.kind()), unitOptions(others, form.parentUnitId()), message,
                csrf.token(request)))));
    }

    private UnitLine line(Unit u, Map<Long, Unit> byId) {
        String path = regions.path(u.regionCode()).stream().map(Region::name).collect(Collectors.joining(" / "));
        Unit parent = u.parentUnitId() == null ? null : byId.get(u.parentUnitId());
        return new UnitLine(u.id(), u.name(), path + "（" + u.regionCode() + "）", u.kind(), parent == null ? null : parent.name(),
                "/staff/admin/units/" + u.id());
    }

    private static List<Option> kinds(String selected) {
        List<Option> options = new java.util.ArrayList<>();
        options.add(new Option("", "（未填）", selected.isEmpty()));
        boolean known = selected.isEmpty();
        for (String k : UNIT_KINDS) {
            options.add(new Option(k, k, k.equals(selected)));
            known |= k.equals(selected);
        }
        if (!known) {
            options.add(new Option(selected, selected, true));
        }
        return options;
    }

    private List<Option> unitOptions(java.util.Collection<Unit> list, @Nullable String selected) {
        List<Option> options = new java.util.ArrayList<>();
        options.add(new Option("", "（无）", selected == null || selected.isEmpty()));
        list.stream().sorted(java.util.Comparator.comparing(Unit::name)).forEach(u -> options.add(new Option(u.id().toString(),
                u.name() + "（" + u.regionCode() + "）", u.id().toString().equals(selected))));
        return options;
    }

    // --- regions ---

    @Get("/regions")
    ModelAndView<RegionsModel> regionList(@Nullable @QueryValue String q, @Nullable @QueryValue String parent,
                                          Authentication authentication) {
        admin(authentication);
        String query = q == null ? "" : q.strip();
        List<Region> found;
        String parentName = null;
        if (!query.isEmpty()) {
            found = regions.search(query.length() > 50 ? query.substring(0, 50) : query, 200);
        } else if (parent != null && !parent.isBlank()) {
            Region p = regions.byCode(parent.strip()).orElseThrow(() -> new NotFoundException("行政区划代码 " + parent + " 不存在。"));
            parentName = p.name();
            found = regions.children(p.code());
        } else {
            found = regions.provinces();
        }
        List<RegionLine> lines = found.stream().map(r -> new RegionLine(r.code(), r.name(), r.level().label(),
                regions.path(r.code()).stream().map(Region::name).collect(Collectors.joining(" / ")),
                "/staff/admin/regions?parent=" + r.code())).toList();
        return new ModelAndView<>("admin/regions", new RegionsModel(new RegionsPage(query, parentName, lines)));
    }

    private static @Nullable String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static void admin(Authentication authentication) {
        if (StaffUser.of(authentication).role() != Role.ADMIN) {
            throw new ForbiddenException("只有管理员可以使用系统管理。");
        }
    }
}
