package gongkai.audit;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an audit event records, with the label the audit pages show. The name is what
 * audit_event.action stores.
 */
public enum AuditAction {
    LOGIN("登录"),
    LOGIN_FAILED("登录失败"),
    ACCOUNT_CREATED("新建账号"),
    ACCOUNT_DISABLED("停用账号"),
    ACCOUNT_ENABLED("启用账号"),
    ACCOUNT_CHANGED("修改账号角色"),
    PASSWORD_RESET("重置密码"),
    UNIT_CREATED("新建单位"),
    UNIT_UPDATED("修改单位"),
    SAVE("保存"),
    SUBMIT("提交审核"),
    RETURN("退回修改"),
    PUBLISH("公开"),
    CREATE("新建"),
    IMPORT("导入"),
    IMPORT_PUBLISHED("导入并直接公开"),
    CORRECT("发起更正"),
    WITHDRAW("撤回公开"),
    CONFIRM_UNREAD_TABLES("确认导入时未读取的表格"),
    DISCARD("删除草稿");

    private static final Map<String, AuditAction> BY_NAME =
            Arrays.stream(values())
                    .collect(Collectors.toUnmodifiableMap(Enum::name, Function.identity()));

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The label of a stored action; an action this version does not know is shown as stored. */
    public static String labelOf(String action) {
        AuditAction known = BY_NAME.get(action);
        return known == null ? action : known.label;
    }
}
