package gongkai.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * The forms of the accounts page as they are posted. Every field may be missing from a post, so all
 * are nullable and the rules say what is required. The account a form acts on comes from the path,
 * never from a field (except the scope form, whose account is picked from a list of all accounts).
 * Rules about other data (does the unit or region exist, is the name free) stay in AccountService.
 */
final class AccountForms {

    private AccountForms() {}

    static final String ROLES = "UNIT_EDITOR|REVIEWER|ADMIN";

    /** A new account. */
    @Serdeable
    record NewAccount(
            @Nullable String csrfToken,
            @NotBlank(message = "请填写用户名。") @Size(max = 64, message = "用户名最多 64 个字符。") @Nullable
                    String username,
            @NotBlank(message = "请选择角色。") @Pattern(regexp = ROLES, message = "请选择角色。") @Nullable
                    String role,
            @Pattern(regexp = "\\s*\\d{0,18}\\s*", message = "所选单位不存在。") @Nullable String unitId,
            @Pattern(regexp = "\\s*(\\d{6})?\\s*", message = "行政区划代码应为 6 位数字，如 430000。") @Nullable
                    String regionCode,
            @NotBlank(message = "请设置初始密码。")
                    @Size(min = 10, max = 200, message = "密码至少 10 位，最多 200 位。")
                    @Nullable
                    String password) {}

    /** Another role and scope for an existing account. */
    @Serdeable
    record Scope(
            @Nullable String csrfToken,
            @NotBlank(message = "请选择账号。") @Size(max = 64, message = "用户名最多 64 个字符。") @Nullable
                    String username,
            @NotBlank(message = "请选择角色。") @Pattern(regexp = ROLES, message = "请选择角色。") @Nullable
                    String role,
            @Pattern(regexp = "\\s*\\d{0,18}\\s*", message = "所选单位不存在。") @Nullable String unitId,
            @Pattern(regexp = "\\s*(\\d{6})?\\s*", message = "行政区划代码应为 6 位数字，如 430000。") @Nullable
                    String regionCode) {}

    /** A new password for the account in the path. */
    @Serdeable
    record Password(
            @Nullable String csrfToken,
            @NotBlank(message = "请填写新密码。")
                    @Size(min = 10, max = 200, message = "密码至少 10 位，最多 200 位。")
                    @Nullable
                    String password) {}

    /** A form with nothing but its CSRF token (disable, enable): the account is in the path. */
    @Serdeable
    record Action(@Nullable String csrfToken) {}

    /**
     * A form's fields as shown on the page again: the typed values (never a password) and a message
     * per field ("username", "role", "unitId", "regionCode", "password").
     */
    @Serdeable
    record Typed(
            String username,
            String role,
            String unitId,
            String regionCode,
            Map<String, String> errors) {

        static Typed blank() {
            return new Typed("", "UNIT_EDITOR", "", "", Map.of());
        }

        static Typed of(NewAccount f, Map<String, String> errors) {
            return new Typed(
                    Admins.strip(f.username()),
                    Admins.strip(f.role()),
                    Admins.strip(f.unitId()),
                    Admins.strip(f.regionCode()),
                    errors);
        }

        static Typed of(Scope f, Map<String, String> errors) {
            return new Typed(
                    Admins.strip(f.username()),
                    Admins.strip(f.role()),
                    Admins.strip(f.unitId()),
                    Admins.strip(f.regionCode()),
                    errors);
        }
    }
}
