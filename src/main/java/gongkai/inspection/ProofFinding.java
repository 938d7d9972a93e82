package gongkai.inspection;

import gongkai.validation.Severity;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One proofreading or inspection problem: a stable rule id (see {@link Inspector}), its severity,
 * the checklist item it belongs to ({@link ChecklistItems}), where it is (page of the PDF where
 * known, section title and 1-based paragraph) and a Chinese message naming both sides.
 */
@Serdeable
public record ProofFinding(
        String ruleId,
        Severity severity,
        String item,
        @Nullable Integer page,
        @Nullable String section,
        @Nullable Integer paragraph,
        String message) {

    /** "第 3 页，主要职能职责 第 2 段", or "" where nothing is known. */
    public String where() {
        StringBuilder b = new StringBuilder();
        if (page != null) {
            b.append("第 ").append(page).append(" 页");
        }
        if (section != null && !section.isBlank()) {
            b.append(b.isEmpty() ? "" : "，").append("“").append(section).append("”");
            if (paragraph != null) {
                b.append(" 第 ").append(paragraph).append(" 段");
            }
        }
        return b.toString();
    }

    /** The message with its place, as the checklist's 存在问题及位置 column shows it. */
    public String described() {
        String w = where();
        return w.isEmpty() ? message : message + "（" + w + "）";
    }

    ProofFinding withPage(@Nullable Integer newPage) {
        return new ProofFinding(ruleId, severity, item, newPage, section, paragraph, message);
    }
}
