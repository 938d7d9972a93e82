package gongkai.admin;

import gongkai.account.CsrfGuard;
import gongkai.admin.UnitForms.Typed;
import gongkai.audit.AuditAction;
import gongkai.audit.AuditLog;
import gongkai.region.RegionDirectory;
import gongkai.unit.Unit;
import gongkai.unit.UnitService;
import gongkai.web.FormErrors;
import gongkai.web.FormRefusals;
import gongkai.web.NotFoundException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@code /staff/admin/units}: find, create and edit units (name, region, kind, supervising unit).
 * Administrators only; every change is CSRF-checked and audited.
 */
@Hidden // a staff page, not part of the open API
@Controller("/staff/admin/units")
@Secured(SecurityRule.IS_AUTHENTICATED) // and Admins.require in every handler
@ExecuteOn(TaskExecutors.BLOCKING)
class UnitsController {

    private final UnitService units;
    private final RegionDirectory regions;
    private final AuditLog audit;
    private final CsrfGuard csrf;
    private final FormRefusals refusals;
    private final UnitsPageView view;

    UnitsController(
            UnitService units,
            RegionDirectory regions,
            AuditLog audit,
            CsrfGuard csrf,
            FormRefusals refusals,
            UnitsPageView view) {
        this.refusals = refusals;
        this.units = units;
        this.regions = regions;
        this.audit = audit;
        this.csrf = csrf;
        this.view = view;
    }

    @Get
    HttpResponse<?> unitList(
            @Nullable @QueryValue String q,
            @Nullable @QueryValue String saved,
            HttpRequest<?> request,
            Authentication authentication) {
        Admins.require(authentication);
        return view.listPage(
                request, q, Typed.blank(), saved == null ? null : "已保存。", HttpStatus.OK);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> createUnit(
            @Valid @Body UnitForms.Posted form,
            HttpRequest<?> request,
            Authentication authentication) {
        csrf.verify(request, form.csrfToken());
        Admins.require(authentication);
        Typed typed = Typed.of(form, Map.of());
        String unknownRegion = unknownRegion(typed);
        if (unknownRegion == null) {
            try {
                Unit created =
                        units.create(
                                typed.name(),
                                typed.regionCode(),
                                Admins.blankToNull(typed.kind()),
                                typed.parent());
                audit.recordForUnit(
                        authentication.getName(),
                        AuditAction.UNIT_CREATED,
                        created.id(),
                        created.name() + "（" + created.regionCode() + "）");
                return HttpResponse.seeOther(
                        URI.create(
                                "/staff/admin/units?saved=1&q="
                                        + URLEncoder.encode(
                                                created.name(), StandardCharsets.UTF_8)));
            } catch (UnitService.InvalidUnitException e) {
                return view.listPage(
                        request,
                        null,
                        typed.withErrors(Map.of(e.field(), e.getMessage())),
                        null,
                        HttpStatus.UNPROCESSABLE_ENTITY);
            }
        }
        return view.listPage(
                request,
                null,
                typed.withErrors(Map.of("regionCode", unknownRegion)),
                null,
                HttpStatus.UNPROCESSABLE_ENTITY);
    }

    @Get("/{id}")
    HttpResponse<?> unitForm(
            @PathVariable long id,
            @Nullable @QueryValue String saved,
            HttpRequest<?> request,
            Authentication authentication) {
        Admins.require(authentication);
        Unit unit = unit(id);
        Typed form =
                new Typed(
                        unit.name(),
                        unit.regionCode(),
                        unit.kind() == null ? "" : unit.kind(),
                        unit.parentUnitId() == null ? "" : unit.parentUnitId().toString(),
                        Map.of());
        return view.unitPage(request, unit, form, saved == null ? null : "已保存。", HttpStatus.OK);
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> updateUnit(
            @PathVariable long id,
            @Valid @Body UnitForms.Posted form,
            HttpRequest<?> request,
            Authentication authentication) {
        csrf.verify(request, form.csrfToken());
        Admins.require(authentication);
        Unit unit = unit(id);
        Typed typed = Typed.of(form, Map.of());
        String unknownRegion = unknownRegion(typed);
        if (unknownRegion == null) {
            try {
                Unit updated =
                        units.update(
                                id,
                                typed.name(),
                                typed.regionCode(),
                                Admins.blankToNull(typed.kind()),
                                typed.parent());
                audit.recordForUnit(
                        authentication.getName(),
                        AuditAction.UNIT_UPDATED,
                        id,
                        describe(unit) + " → " + describe(updated));
                return HttpResponse.seeOther(URI.create("/staff/admin/units/" + id + "?saved=1"));
            } catch (UnitService.InvalidUnitException e) {
                return view.unitPage(
                        request,
                        unit,
                        typed.withErrors(Map.of(e.field(), e.getMessage())),
                        null,
                        HttpStatus.UNPROCESSABLE_ENTITY);
            }
        }
        return view.unitPage(
                request,
                unit,
                typed.withErrors(Map.of("regionCode", unknownRegion)),
                null,
                HttpStatus.UNPROCESSABLE_ENTITY);
    }

    /**
     * A unit form that broke its rules: after the same CSRF and role checks as its handler (and the
     * unit's existence, for an edit), the same page with a message next to each bad field and the
     * typed values.
     */
    @Error(exception = ConstraintViolationException.class)
    HttpResponse<?> invalid(HttpRequest<?> request, ConstraintViolationException e) {
        FormErrors errors = FormErrors.of(e);
        UnitForms.Posted form = errors.argument(UnitForms.Posted.class);
        Authentication authentication =
                request.getUserPrincipal(Authentication.class).orElseThrow(() -> e);
        return refusals.checked(
                request,
                () -> {
                    csrf.verify(request, form.csrfToken());
                    Admins.require(authentication);
                    Typed typed = Typed.of(form, errors.fields());
                    return switch (errors.method()) {
                        case "createUnit" ->
                                view.listPage(request, null, typed, null, FormErrors.STATUS);
                        case "updateUnit" ->
                                view.unitPage(
                                        request,
                                        unit(errors.argument(Long.class)),
                                        typed,
                                        null,
                                        FormErrors.STATUS);
                        default ->
                                throw new IllegalStateException(
                                        "no form to show again for " + errors.method(), e);
                    };
                });
    }

    private Unit unit(long id) {
        return units.byId(id).orElseThrow(() -> new NotFoundException("编号为 " + id + " 的单位不存在。"));
    }

    /** The message for a well-formed region code that is not in the national list, or null. */
    private @Nullable String unknownRegion(Typed typed) {
        return regions.byCode(typed.regionCode()).isPresent()
                ? null
                : "行政区划代码 " + typed.regionCode() + " 不存在。";
    }

    private static String describe(Unit u) {
        return u.name()
                + "（"
                + u.regionCode()
                + (u.kind() == null ? "" : "，" + u.kind())
                + (u.parentUnitId() == null ? "" : "，主管单位 " + u.parentUnitId())
                + "）";
    }
}
