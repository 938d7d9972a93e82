package gongkai.importer;

import gongkai.disclosure.DisclosureContent;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.List;

/**
 * What an import understood and what it did not: counts of what was recognised, warnings with line
 * numbers, errors, and information that needs no action (e.g. a valid code newer than the shipped
 * code list). An import with errors stores nothing.
 */
@Serdeable
public record ImportReport(
        String source,
        String unitName,
        Integer fiscalYear,
        Counts counts,
        List<Message> warnings,
        List<Message> errors,
        Long disclosureId,
        String status,
        List<Message> infos) {

    /** A report without information messages. */
    public ImportReport(
            String source,
            String unitName,
            Integer fiscalYear,
            Counts counts,
            List<Message> warnings,
            List<Message> errors,
            Long disclosureId,
            String status) {
        this(
                source,
                unitName,
                fiscalYear,
                counts,
                warnings,
                errors,
                disclosureId,
                status,
                List.of());
    }

    @Serdeable
    public record Counts(int sections, int tables, int lineItems, int projects, int indicators) {}

    /**
     * A finding; {@code line} is the 1-based source line, or null when it concerns the whole
     * document.
     */
    @Serdeable
    public record Message(Integer line, String message) {}

    /** The report as staff read it on a terminal. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append("文件：").append(source).append('\n');
        out.append("单位：")
                .append(unitName == null ? "（未识别）" : unitName)
                .append("　年度：")
                .append(fiscalYear == null ? "（未识别）" : fiscalYear)
                .append('\n');
        out.append("识别：章节 ")
                .append(counts.sections())
                .append("，表格 ")
                .append(counts.tables())
                .append("，表格行 ")
                .append(counts.lineItems())
                .append("，绩效项目 ")
                .append(counts.projects())
                .append("，绩效指标 ")
                .append(counts.indicators())
                .append('\n');
        for (Message w : warnings) {
            out.append("警告")
                    .append(w.line() == null ? "" : "（第 " + w.line() + " 行）")
                    .append("：")
                    .append(w.message())
                    .append('\n');
        }
        for (Message i : infos) {
            out.append("提示")
                    .append(i.line() == null ? "" : "（第 " + i.line() + " 行）")
                    .append("：")
                    .append(i.message())
                    .append('\n');
        }
        for (Message e : errors) {
            out.append("错误")
                    .append(e.line() == null ? "" : "（第 " + e.line() + " 行）")
                    .append("：")
                    .append(e.message())
                    .append('\n');
        }
        out.append(
                failed()
                        ? "结果：导入失败，未保存任何内容"
                        : disclosureId == null
                                ? "结果：已解析（未保存）"
                                : "结果：已保存为决算公开 #" + disclosureId + "（" + status + "）");
        return out.toString();
    }

    public boolean failed() {
        return !errors.isEmpty();
    }

    /** The same report once the disclosure has been stored. */
    public ImportReport stored(long id, String storedStatus) {
        return new ImportReport(
                source, unitName, fiscalYear, counts, warnings, errors, id, storedStatus, infos);
    }

    /** Collects findings while parsing. Messages are in Chinese: staff read them. */
    public static final class Builder {
        private final String source;
        private final List<Message> warnings = new ArrayList<>();
        private final List<Message> errors = new ArrayList<>();
        private final List<Message> infos = new ArrayList<>();

        public Builder(String source) {
            this.source = source;
        }

        public Builder warn(Integer line, String message) {
            warnings.add(new Message(line, message));
            return this;
        }

        /** Information that needs no action from staff. */
        public Builder info(Integer line, String message) {
            infos.add(new Message(line, message));
            return this;
        }

        public Builder error(Integer line, String message) {
            errors.add(new Message(line, message));
            return this;
        }

        public boolean hasErrors() {
            return !errors.isEmpty();
        }

        public ImportReport build(DisclosureContent parsed) {
            Counts counts =
                    parsed == null
                            ? new Counts(0, 0, 0, 0, 0)
                            : new Counts(
                                    parsed.sections().size(),
                                    parsed.tables().size(),
                                    parsed.tables().stream().mapToInt(t -> t.rows().size()).sum(),
                                    parsed.projects().size(),
                                    parsed.projects().stream()
                                            .mapToInt(p -> p.indicators().size())
                                            .sum());
            return new ImportReport(
                    source,
                    parsed == null ? null : parsed.unitName(),
                    parsed == null ? null : parsed.fiscalYear(),
                    counts,
                    List.copyOf(warnings),
                    List.copyOf(errors),
                    null,
                    null,
                    List.copyOf(infos));
        }
    }
}
