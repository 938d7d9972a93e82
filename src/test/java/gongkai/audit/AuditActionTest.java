package gongkai.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The audit pages' labels come from one enum; what audit_event.action stores is the constant's
 * name.
 */
class AuditActionTest {

    @Test
    void storedActionsAreShownWithTheirChineseLabels() {
        assertEquals("登录失败", AuditAction.labelOf("LOGIN_FAILED"));
        assertEquals("修改账号角色", AuditAction.labelOf("ACCOUNT_CHANGED"));
        assertEquals("导入并直接公开", AuditAction.labelOf("IMPORT_PUBLISHED"));
        assertEquals("撤回公开", AuditAction.labelOf(AuditAction.WITHDRAW.name()));
    }

    @Test
    void anActionThisVersionDoesNotKnowIsShownAsStored() {
        assertEquals("ARCHIVED", AuditAction.labelOf("ARCHIVED"));
    }
}
