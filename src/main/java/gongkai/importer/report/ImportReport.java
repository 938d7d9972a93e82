package gongkai.importer.report;

import gongkai.disclosure.DisclosureContent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
        List<Message> infos,
        List<TableEntry> inventory,
        @Nullable Coverage coverage) {

    /**
     * A report without information, inventory or coverage: a document refused before its tables
     * were read.
     */
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
                List.of(),
                List.of(),
                null);
    }

    @Serdeable
    public record Counts(int sections, int tables, int lineItems, int projects, int indicators) {}

    /**
     * A finding; {@code line} is the 1-based source line, or null when it concerns the whole
     * document.
     */
    @Serdeable
    public record Message(Integer line, String message) {}

    /** What became of one table the document contains. */
    @Serdeable
    public record TableEntry(
            String table,
            String title,
            TableState state,
            int rows,
            @Nullable Integer line,
            @Nullable String reason) {

        /** A table present in the document but not read: stops a publish until staff confirm. */
        public boolean blocking() {
            return state == TableState.NOT_READ;
        }

        /** How the report shows the state, in Chinese. */
        public String stateText() {
            return switch (state) {
                case READ -> "已读取（" + rows + " 行）";
                case EMPTY -> "本表无数据";
                case NOT_READ -> "未读取：" + reason;
                case NOT_FOUND -> "未找到：" + reason;
            };
        }
    }

    /**
     * READ with rows; EMPTY (本表无数据); NOT_READ: present but not read (an error that stops a publish
     * until confirmed); NOT_FOUND: listed in the contents but absent from the body.
     */
    public enum TableState {
        READ,
        EMPTY,
        NOT_READ,
        NOT_FOUND
    }

    /**
     * The numeric cells of the document's table rows: how many became stored amounts, how many were
     * skipped on purpose (行次, 栏次, percentages, codes, years), and the rest (capped).
     */
    @Serdeable
    public record Coverage(
            int cells, int stored, int skipped, BigDecimal percent, List<Message> uncovered) {

        /** With the covered share in percent, one decimal; 100 without numeric cells. */
        public static Coverage of(int cells, int stored, int skipped, List<Message> uncovered) {
            BigDecimal percent =
                    cells == 0
                            ? BigDecimal.valueOf(100)
                            : BigDecimal.valueOf((stored + skipped) * 100L)
                                    .divide(BigDecimal.valueOf(cells), 1, RoundingMode.DOWN);
            return new Coverage(cells, stored, skipped, percent, uncovered);
        }

        public int rest() {
            return cells - stored - skipped;
        }
    }

    /** The tables present in the document but not read (each an error until confirmed). */
    public List<TableEntry> unreadTables() {
        return inventory.stream().filter(TableEntry::blocking).toList();
    }

    /** The report as staff read it on a terminal. */
    public String toText() {
        return ReportText.render(this);
    }

    String header() {
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
        return out.toString();
    }

    public boolean failed() {
        return !errors.isEmpty();
    }

    /** The same report once the disclosure has been stored. */
    public ImportReport stored(long id, String storedStatus) {
        return new ImportReport(
                source,
                unitName,
                fiscalYear,
                counts,
                warnings,
                errors,
                id,
                storedStatus,
                infos,
                inventory,
                coverage);
    }

    /** The same report with one more warning about the whole document. */
    public ImportReport withWarning(String message) {
        List<Message> more = new ArrayList<>(warnings);
        more.add(new Message(null, message));
        return new ImportReport(
                source,
                unitName,
                fiscalYear,
                counts,
                List.copyOf(more),
                errors,
                disclosureId,
                status,
                infos,
                inventory,
                coverage);
    }

    /** The same report with more warnings about the whole document (e.g. consistency findings). */
    public ImportReport withWarnings(List<Message> more) {
        List<Message> all = new ArrayList<>(warnings);
        all.addAll(more);
        return new ImportReport(
                source,
                unitName,
                fiscalYear,
                counts,
                List.copyOf(all),
                errors,
                disclosureId,
                status,
                infos,
                inventory,
                coverage);
    }

    /** The same report with one more error: nothing was stored. */
    public ImportReport withError(String message) {
        List<Message> more = new ArrayList<>(errors);
        more.add(new Message(null, message));
        return new ImportReport(
                source,
                unitName,
                fiscalYear,
                counts,
                warnings,
                List.copyOf(more),
                null,
                null,
                infos,
                inventory,
                coverage);
    }

    /** Collects findings while parsing. Messages are in Chinese: staff read them. */
    public static final class Builder {
        private final String source;
        private final List<Message> warnings = new ArrayList<>();
        private final List<Message> errors = new ArrayList<>();
        private final List<Message> infos = new ArrayList<>();
        private List<TableEntry> inventory = List.of();
        private Coverage coverage;

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

        public Builder inventory(List<TableEntry> entries, Coverage cover) {
            this.inventory = List.copyOf(entries);
            this.coverage = cover;
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
                    List.copyOf(infos),
                    inventory,
                    coverage);
        }
    }
}
