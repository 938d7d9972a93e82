package gongkai.importer;

import io.micronaut.serde.annotation.Serdeable;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import understood and what it did not: counts of what was recognised, warnings with
 * line numbers, and errors. An import with errors stores nothing.
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
        String status) {

    @Serdeable
    public record Counts(int sections, int tables, int lineItems, int projects, int indicators) {
    }

    /** A finding; {@code line} is the 1-based source line, or null when it concerns the whole document. */
    @Serdeable
    public record Message(Integer line, String message) {
    }

    public boolean failed() {
        return !errors.isEmpty();
    }

    /** The same report once the disclosure has been stored. */
    public ImportReport stored(long id, String storedStatus) {
        return new ImportReport(source, unitName, fiscalYear, counts, warnings, errors, id, storedStatus);
    }

    /** Collects findings while parsing. Messages are in Chinese: staff read them. */
    public static final class Builder {
        private final String source;
        private final List<Message> warnings = new ArrayList<>();
        private final List<Message> errors = new ArrayList<>();

        public Builder(String source) {
            this.source = source;
        }

        public Builder warn(Integer line, String message) {
            warnings.add(new Message(line, message));
            return this;
        }

        public Builder error(Integer line, String message) {
            errors.add(new Message(line, message));
            return this;
        }

        public boolean hasErrors() {
            return !errors.isEmpty();
        }

        public ImportReport build(ParsedDisclosure parsed) {
            Counts counts = parsed == null ? new Counts(0, 0, 0, 0, 0) : new Counts(
                    parsed.sections().size(),
                    parsed.tables().size(),
                    parsed.tables().stream().mapToInt(t -> t.rows().size()).sum(),
                    parsed.projects().size(),
                    parsed.projects().stream().mapToInt(p -> p.indicators().size()).sum());
            return new ImportReport(source,
                    parsed == null ? null : parsed.unitName(),
                    parsed == null ? null : parsed.fiscalYear(),
                    counts, List.copyOf(warnings), List.copyOf(errors), null, null);
        }
    }
}
