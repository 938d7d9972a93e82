package gongkai.staff;

import gongkai.disclosure.TextLimits;
import gongkai.inspection.Checklist;
import gongkai.staff.performance.PerformanceLink;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/** View models and forms of the staff pages. */
public final class StaffViews {

    private StaffViews() {}

    @Serdeable
    record DashboardRow(
            long id,
            String unitName,
            int fiscalYear,
            int revision,
            String statusLabel,
            String href) {}

    @Serdeable
    record Dashboard(
            String username,
            String roleLabel,
            @Nullable String unitName,
            List<DashboardRow> rows,
            boolean canCreate,
            int nextYear,
            String csrfToken,
            boolean canAudit,
            boolean admin,
            Paging paging,
            String heading,
            List<QueueTab> queue,
            @Nullable String message) {}

    /** One tab of a reviewer's queue (待审核, 已退回, 已公开) with how many revisions it holds. */
    @Serdeable
    record QueueTab(String label, String href, long count, boolean current) {}

    /**
     * Where the dashboard list stands: its total, the page, links to the neighbours and the status
     * filter.
     */
    @Serdeable
    record Paging(
            long total,
            int page,
            @Nullable String previous,
            @Nullable String next,
            @Nullable String statusLabel) {}

    @Serdeable
    record DashboardModel(Dashboard dashboard) {}

    @Serdeable
    record FindingLine(
            String severityLabel,
            boolean error,
            String ruleId,
            String where,
            String message,
            @Nullable String href) {}

    @Serdeable
    record TableLink(String label, String href, int rows) {}

    @Serdeable
    record SectionForm(
            int position,
            String title,
            String body,
            @Nullable String titleError,
            @Nullable String error,
            List<FindingLine> findings) {

        SectionForm(int position, String title, String body, @Nullable String error) {
            this(position, title, body, null, error, List.of());
        }

        SectionForm withFindings(List<FindingLine> lines) {
            return new SectionForm(position, title, body, titleError, error, lines);
        }
    }

    @Serdeable
    record AuditLine(String when, String who, String action, @Nullable String detail) {}

    /** What the editor submitted and what is stored now, when someone else saved in between. */
    @Serdeable
    public record Conflict(String yours, String theirs) {}

    @Serdeable
    record EditPage(
            long id,
            String heading,
            String statusLabel,
            long version,
            boolean editable,
            boolean canSubmit,
            boolean canReview,
            @Nullable String reviewComment,
            @Nullable String warningExplanation,
            ProfileForm profile,
            Map<String, String> profileErrors,
            List<TableLink> tables,
            List<SectionForm> sections,
            List<FindingLine> findings,
            long errorCount,
            long warningCount,
            List<AuditLine> audit,
            @Nullable String message,
            @Nullable String error,
            @Nullable Conflict conflict,
            String publicHref,
            String csrfToken,
            boolean canCorrect,
            PerformanceLink performance,
            boolean canWithdraw,
            String publicLabel,
            @Nullable String explanation,
            @Nullable String explanationError,
            boolean canDelete) {}

    /**
     * The page and the tables the import could not read: errors that stop a publish until someone
     * confirms them ({@code canConfirm} while any is open).
     */
    @Serdeable
    record EditModel(
            EditPage page,
            List<UnreadTable> unread,
            boolean canConfirm,
            List<Checklist.Row> checklist) {}

    /** A table the import found but could not read, and who confirmed it (null while open). */
    @Serdeable
    record UnreadTable(String message, @Nullable String confirmedBy) {}

    /**
     * The profile form (单位负责人 … 联系电话) with the version the editor loaded; the disclosure comes from
     * the path. A refused one is shown again as typed, with a message next to each bad field.
     */
    @Serdeable
    record ProfileForm(
            @Nullable String csrfToken,
            long version,
            @Size(max = 64, message = PERSON) @Nullable String headOfUnit,
            @Size(max = 64, message = PERSON) @Nullable String headOfFinance,
            @Size(max = 64, message = PERSON) @Nullable String preparer,
            @Pattern(regexp = "\\s*(\\d{4}-\\d{2}-\\d{2})?\\s*", message = DATE) @Nullable
                    String reportDate,
            @Size(max = 64, message = PERSON) @Nullable String contactPerson,
            @Size(max = 64, message = "联系电话最多 64 个字符。") @Nullable String contactPhone) {}

    static final String PERSON = "姓名最多 64 个字符。";
    static final String DATE = "报送日期格式应为 2024-08-01。";

    /** One section as posted; the disclosure and the section's position come from the path. */
    @Serdeable
    record SectionSave(
            @Nullable String csrfToken,
            long version,
            @Size(
                            max = TextLimits.SECTION_TITLE_CHARS,
                            message = "标题最多 " + TextLimits.SECTION_TITLE_CHARS + " 字。")
                    @Nullable
                    String title,
            @Size(
                            max = DisclosureEditController.MAX_SECTION_CHARS,
                            message =
                                    "正文过长：每节最多 "
                                            + DisclosureEditController.MAX_SECTION_CHARS
                                            + " 字；请拆分为多节或删减。")
                    @Nullable
                    String body) {}

    /**
     * Submitting for review, with the explanation of the warnings (required when there are any).
     */
    @Serdeable
    record SubmitForm(
            @Nullable String csrfToken,
            @Size(max = EXPLANATION_CHARS, message = "说明最多 " + EXPLANATION_CHARS + " 字。") @Nullable
                    String explanation) {}

    static final int EXPLANATION_CHARS = 4000;

    /** Publishing: the reviewer ticks {@code confirm} (value 1); the page has no script to ask. */
    @Serdeable
    record PublishForm(
            @Nullable String csrfToken,
            @Pattern(regexp = "1?", message = "确认框的值无效。") @Nullable String confirm) {}

    /** Deleting a draft never submitted: {@code confirm} (value 1) is ticked. */
    @Serdeable
    record DeleteForm(
            @Nullable String csrfToken,
            @Pattern(regexp = "1?", message = "确认框的值无效。") @Nullable String confirm) {}

    @Serdeable
    record CorrectionForm(@Nullable String csrfToken, @Nullable String note) {}

    @Serdeable
    record WithdrawForm(@Nullable String csrfToken, @Nullable String reason) {}

    @Serdeable
    record ReturnForm(@Nullable String csrfToken, @Nullable String comment) {}

    @Serdeable
    record CreateForm(
            @Nullable String csrfToken,
            @Nullable Integer year,
            @Nullable String start,
            @Nullable String kind) {}

    /** A form with nothing but its CSRF token (publish). */
    @Serdeable
    record TokenForm(@Nullable String csrfToken) {}
}
