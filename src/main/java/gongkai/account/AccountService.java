package gongkai.account;

import gongkai.audit.AuditAction;
import gongkai.audit.AuditLog;
import gongkai.region.RegionDirectory;
import gongkai.unit.Unit;
import gongkai.unit.UnitService;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * Creates, lists, changes and disables accounts, and checks passwords (throttling is
 * LoginThrottle's). Changes that must end an account's open sessions bump its session epoch
 * (Account).
 */
@Singleton
public class AccountService {

    static final int MIN_PASSWORD_LENGTH = 10;

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final UnitService units;
    private final RegionDirectory regions;
    private final AuditLog audit;

    AccountService(
            AccountRepository accounts,
            PasswordHasher hasher,
            UnitService units,
            RegionDirectory regions,
            AuditLog audit) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.units = units;
        this.regions = regions;
        this.audit = audit;
    }

    /** A request to create an account; the unit is given by id or by exact name. */
    public record NewAccount(
            String username,
            Role role,
            @Nullable String unitName,
            @Nullable String regionCode,
            String password) {}

    /** Thrown with a Chinese message the operator can act on. */
    public static class InvalidAccountException extends RuntimeException {
        public InvalidAccountException(String message) {
            super(message);
        }
    }

    public Account add(NewAccount request, String actor) {
        Long unitId =
                request.unitName() != null && !request.unitName().isBlank()
                        ? unitIdByName(request.unitName())
                        : null;
        return create(request, unitId, actor);
    }

    /** Creates an account bound to a unit given by id (the admin page picks units from a list). */
    public Account add(NewAccount request, @Nullable Long unitId, String actor) {
        if (unitId != null && units.byId(unitId).isEmpty()) {
            throw new InvalidAccountException("所选单位不存在。");
        }
        return create(request, unitId, actor);
    }

    private Account create(NewAccount request, @Nullable Long boundUnit, String actor) {
        Long unitId = boundUnit;
        String username = request.username() == null ? "" : request.username().strip();
        if (!username.matches("[A-Za-z0-9_.\\-]{3,64}")) {
            throw new InvalidAccountException("用户名须为 3–64 位字母、数字、下划线、点或连字符。");
        }
        if (accounts.findByUsername(username).isPresent()) {
            throw new InvalidAccountException("用户名 " + username + " 已存在。");
        }
        if (request.password() == null || request.password().length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidAccountException("密码至少 " + MIN_PASSWORD_LENGTH + " 位。");
        }
        String region =
                request.regionCode() == null || request.regionCode().isBlank()
                        ? null
                        : request.regionCode().strip();
        if (region != null && regions.byCode(region).isEmpty()) {
            throw new InvalidAccountException("行政区划代码 " + region + " 不存在。");
        }
        switch (request.role()) {
            case UNIT_EDITOR -> {
                if (unitId == null) {
                    throw new InvalidAccountException("单位填报员必须指定所属单位（--unit）。");
                }
                region = null;
            }
            case REVIEWER -> {
                if (unitId == null && region == null) {
                    throw new InvalidAccountException("审核员必须指定主管单位（--unit）或行政区划（--region）。");
                }
            }
            case ADMIN -> {
                unitId = null;
                region = null;
            }
        }
        Account saved =
                accounts.save(
                        new Account(
                                null,
                                username,
                                hasher.hash(request.password()),
                                request.role(),
                                unitId,
                                region,
                                true,
                                0,
                                null,
                                null,
                                0));
        audit.recordForUnit(
                actor,
                AuditAction.ACCOUNT_CREATED,
                unitId,
                username + "（" + request.role().label() + "）");
        return saved;
    }

    /**
     * Gives an account another role and scope (a unit for editors; a supervising unit or a region
     * for reviewers; nothing for administrators). Its open sessions end: the new rights start with
     * a new login, in a new session.
     */
    public Account changeScope(
            String username,
            Role role,
            @Nullable Long unitId,
            @Nullable String regionCode,
            String actor) {
        Account account =
                accounts.findByUsername(username)
                        .orElseThrow(() -> new InvalidAccountException("用户 " + username + " 不存在。"));
        if (unitId != null && units.byId(unitId).isEmpty()) {
            throw new InvalidAccountException("所选单位不存在。");
        }
        String region = regionCode == null || regionCode.isBlank() ? null : regionCode.strip();
        if (region != null && regions.byCode(region).isEmpty()) {
            throw new InvalidAccountException("行政区划代码 " + region + " 不存在。");
        }
        Long unit = unitId;
        switch (role) {
            case UNIT_EDITOR -> {
                if (unit == null) {
                    throw new InvalidAccountException("单位填报员必须指定所属单位（--unit）。");
                }
                region = null;
            }
            case REVIEWER -> {
                if (unit == null && region == null) {
                    throw new InvalidAccountException("审核员必须指定主管单位（--unit）或行政区划（--region）。");
                }
            }
            case ADMIN -> {
                unit = null;
                region = null;
            }
        }
        Account changed = accounts.update(account.withScope(role, unit, region));
        audit.recordForUnit(
                actor,
                AuditAction.ACCOUNT_CHANGED,
                unit != null ? unit : account.unitId(),
                username
                        + "（"
                        + role.label()
                        + (unit != null ? "，单位 " + unit : "")
                        + (region != null ? "，区划 " + region : "")
                        + "）");
        return changed;
    }

    /** {@link #changeScope} with the unit given by its exact name (the command line). */
    public Account changeScopeByUnitName(
            String username,
            Role role,
            @Nullable String unitName,
            @Nullable String regionCode,
            String actor) {
        return changeScope(
                username,
                role,
                unitName == null || unitName.isBlank() ? null : unitIdByName(unitName),
                regionCode,
                actor);
    }

    private Long unitIdByName(String unitName) {
        List<Unit> matches = units.byName(unitName.strip());
        if (matches.isEmpty()) {
            throw new InvalidAccountException("找不到单位“" + unitName + "”：请先导入或创建该单位。");
        }
        if (matches.size() > 1) {
            throw new InvalidAccountException("有多个单位名为“" + unitName + "”。");
        }
        return matches.get(0).id();
    }

    public List<Account> list() {
        return accounts.findAllOrderByUsername();
    }

    public Optional<Account> byUsername(String username) {
        return accounts.findByUsername(username);
    }

    /** Disables an account; its open sessions end on their next request. */
    public Account disable(String username, String actor) {
        Account account =
                accounts.findByUsername(username)
                        .orElseThrow(() -> new InvalidAccountException("用户 " + username + " 不存在。"));
        Account disabled = accounts.update(account.withEnabled(false));
        audit.recordForUnit(actor, AuditAction.ACCOUNT_DISABLED, account.unitId(), username);
        return disabled;
    }

    public Account enable(String username, String actor) {
        Account account =
                accounts.findByUsername(username)
                        .orElseThrow(() -> new InvalidAccountException("用户 " + username + " 不存在。"));
        Account enabled = accounts.update(account.withEnabled(true).withFailures(0, null));
        audit.recordForUnit(actor, AuditAction.ACCOUNT_ENABLED, account.unitId(), username);
        return enabled;
    }

    /**
     * Sets a new password (BCrypt) and lifts a lock; the old password and the open sessions stop
     * working at once.
     */
    public Account resetPassword(String username, String password, String actor) {
        Account account =
                accounts.findByUsername(username)
                        .orElseThrow(() -> new InvalidAccountException("用户 " + username + " 不存在。"));
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidAccountException("密码至少 " + MIN_PASSWORD_LENGTH + " 位。");
        }
        Account reset = accounts.update(account.withPassword(hasher.hash(password)));
        audit.recordForUnit(actor, AuditAction.PASSWORD_RESET, account.unitId(), username);
        return reset;
    }

    /** The outcome of a password check: the account, or a message for the login page. */
    public record Check(@Nullable Account account, @Nullable String failure) {
        public boolean ok() {
            return account != null;
        }
    }

    /**
     * Checks a password. Every refusal costs one BCrypt verification, whether the account is
     * unknown, disabled or the password wrong, so the time taken tells nothing about the account.
     * There is no account lock (LoginThrottle slows guessing per account and address instead).
     */
    public Check check(String username, String password) {
        String typed = password == null ? "" : password;
        Optional<Account> found =
                username == null || username.isBlank() || username.strip().length() > 64
                        ? Optional.empty()
                        : accounts.findByUsername(username.strip());
        if (found.isEmpty()) {
            hasher.burnTime(typed);
            return new Check(null, "用户名或密码不正确。");
        }
        Account account = found.get();
        boolean matches = hasher.matches(typed, account.passwordHash());
        if (!account.enabled()) {
            return new Check(null, "该账号已停用，请联系管理员。");
        }
        if (!matches) {
            accounts.update(account.id(), account.failedLogins() + 1, null);
            return new Check(null, "用户名或密码不正确。");
        }
        if (account.failedLogins() > 0 || account.lockedUntil() != null) {
            accounts.update(account.id(), 0, null);
            account = account.withFailures(0, null);
        }
        return new Check(account, null);
    }

    /** Takes as long as a password check, for a refusal made without one (a throttled attempt). */
    void refuseInConstantTime(String password) {
        hasher.burnTime(password == null ? "" : password);
    }
}
