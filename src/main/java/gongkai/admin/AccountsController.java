package gongkai.admin;

import gongkai.account.AccountService;
import gongkai.account.CsrfGuard;
import gongkai.account.Role;
import gongkai.admin.AccountForms.Typed;
import gongkai.web.FormErrors;
import gongkai.web.FormRefusals;
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
import java.util.Map;

/**
 * {@code /staff/admin/accounts}: create an account with its role and unit or region, disable,
 * enable, reset a password, change role and scope. Administrators only; every change is
 * CSRF-checked and audited (by AccountService).
 */
@Hidden // a staff page, not part of the open API
@Controller("/staff/admin/accounts")
@Secured(SecurityRule.IS_AUTHENTICATED) // and Admins.require in every handler
@ExecuteOn(TaskExecutors.BLOCKING)
class AccountsController {

    private final AccountService accounts;
    private final CsrfGuard csrf;
    private final FormRefusals refusals;
    private final AccountsPageView view;

    AccountsController(
            AccountService accounts, CsrfGuard csrf, FormRefusals refusals, AccountsPageView view) {
        this.refusals = refusals;
        this.accounts = accounts;
        this.csrf = csrf;
        this.view = view;
    }

    @Get
    HttpResponse<?> list(
            @Nullable @QueryValue String saved,
            HttpRequest<?> request,
            Authentication authentication) {
        Admins.require(authentication);
        return view.page(
                request,
                Typed.blank(),
                Typed.blank(),
                Map.of(),
                saved == null ? null : "已保存。",
                null,
                HttpStatus.OK);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> createAccount(
            @Valid @Body AccountForms.NewAccount form,
            HttpRequest<?> request,
            Authentication authentication) {
        csrf.verify(request, form.csrfToken());
        Admins.require(authentication);
        Typed typed = Typed.of(form, Map.of());
        try {
            accounts.add(
                    new AccountService.NewAccount(
                            typed.username(),
                            Role.valueOf(typed.role()),
                            null,
                            typed.regionCode(),
                            form.password()),
                    typed.unitId().isEmpty() ? null : Long.valueOf(typed.unitId()),
                    authentication.getName());
        } catch (AccountService.InvalidAccountException e) {
            return view.page(
                    request,
                    typed,
                    Typed.blank(),
                    Map.of(),
                    null,
                    e.getMessage(),
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return HttpResponse.seeOther(URI.create("/staff/admin/accounts?saved=1"));
    }

    @Post(value = "/{username}/disable", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> disable(
            @PathVariable String username,
            @Valid @Body AccountForms.Action form,
            HttpRequest<?> request,
            Authentication authentication) {
        csrf.verify(request, form.csrfToken());
        Admins.require(authentication);
        if (username.equals(authentication.getName())) {
            return view.refused(request, "不能停用自己正在使用的账号。");
        }
        return act(request, () -> accounts.disable(username, authentication.getName()));
    }

    @Post(value = "/{username}/enable", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> enable(
            @PathVariable String username,
            @Valid @Body AccountForms.Action form,
            HttpRequest<?> request,
            Authentication authentication) {
        csrf.verify(request, form.csrfToken());
        Admins.require(authentication);
        return act(request, () -> accounts.enable(username, authentication.getName()));
    }

    @Post(value = "/{username}/password", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> resetPassword(
            @PathVariable String username,
            @Valid @Body AccountForms.Password form,
            HttpRequest<?> request,
            Authentication authentication) {
        csrf.verify(request, form.csrfToken());
        Admins.require(authentication);
        return act(
                request,
                () -> accounts.resetPassword(username, form.password(), authentication.getName()));
    }

    /** Another role or scope for an account; its open sessions end (AccountService.changeScope). */
    @Post(value = "/scope", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> changeScope(
            @Valid @Body AccountForms.Scope form,
            HttpRequest<?> request,
            Authentication authentication) {
        csrf.verify(request, form.csrfToken());
        Admins.require(authentication);
        Typed typed = Typed.of(form, Map.of());
        if (typed.username().equals(authentication.getName())) {
            return view.page(
                    request,
                    Typed.blank(),
                    typed,
                    Map.of(),
                    null,
                    "不能修改自己正在使用的账号的角色。",
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        try {
            accounts.changeScope(
                    typed.username(),
                    Role.valueOf(typed.role()),
                    typed.unitId().isEmpty() ? null : Long.valueOf(typed.unitId()),
                    form.regionCode(),
                    authentication.getName());
        } catch (AccountService.InvalidAccountException e) {
            return view.page(
                    request,
                    Typed.blank(),
                    typed,
                    Map.of(),
                    null,
                    e.getMessage(),
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return HttpResponse.seeOther(URI.create("/staff/admin/accounts?saved=1"));
    }

    /**
     * A form that broke its rules: after the same CSRF and role checks as its handler, the page
     * again with the message next to each bad field and what was typed (never a password).
     */
    @Error(exception = ConstraintViolationException.class)
    HttpResponse<?> invalid(HttpRequest<?> request, ConstraintViolationException e) {
        FormErrors errors = FormErrors.of(e);
        Authentication authentication =
                request.getUserPrincipal(Authentication.class).orElseThrow(() -> e);
        return refusals.checked(
                request,
                () ->
                        switch (errors.method()) {
                            case "createAccount" -> {
                                AccountForms.NewAccount form =
                                        errors.argument(AccountForms.NewAccount.class);
                                csrf.verify(request, form.csrfToken());
                                Admins.require(authentication);
                                yield view.page(
                                        request,
                                        Typed.of(form, errors.fields()),
                                        Typed.blank(),
                                        Map.of(),
                                        null,
                                        null,
                                        FormErrors.STATUS);
                            }
                            case "changeScope" -> {
                                AccountForms.Scope form = errors.argument(AccountForms.Scope.class);
                                csrf.verify(request, form.csrfToken());
                                Admins.require(authentication);
                                yield view.page(
                                        request,
                                        Typed.blank(),
                                        Typed.of(form, errors.fields()),
                                        Map.of(),
                                        null,
                                        null,
                                        FormErrors.STATUS);
                            }
                            case "resetPassword" -> {
                                csrf.verify(
                                        request,
                                        errors.argument(AccountForms.Password.class).csrfToken());
                                Admins.require(authentication);
                                String username = errors.argument(String.class);
                                yield view.page(
                                        request,
                                        Typed.blank(),
                                        Typed.blank(),
                                        Map.of(
                                                username,
                                                errors.fields().getOrDefault("password", "")),
                                        null,
                                        null,
                                        FormErrors.STATUS);
                            }
                            default ->
                                    throw new IllegalStateException(
                                            "no form to show again for " + errors.method(), e);
                        });
    }

    private HttpResponse<?> act(HttpRequest<?> request, Runnable action) {
        try {
            action.run();
        } catch (AccountService.InvalidAccountException e) {
            return view.refused(request, e.getMessage());
        }
        return HttpResponse.seeOther(URI.create("/staff/admin/accounts?saved=1"));
    }
}
