package gongkai.validation;

import gongkai.disclosure.Disclosure;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureDocument.ProjectView;
import gongkai.disclosure.DisclosureDocument.RowView;
import gongkai.disclosure.DisclosureDocument.SectionView;
import gongkai.disclosure.DisclosureDocument.TableView;
import gongkai.disclosure.DisclosureKind;
import gongkai.disclosure.DisclosureStatus;
import gongkai.disclosure.LineItem;
import gongkai.disclosure.LineItem.RowKind;
import gongkai.disclosure.LineItem.Side;
import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.PerformanceProject;
import gongkai.disclosure.SectionKey;
import gongkai.disclosure.StandardTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds {@link DisclosureDocument}s by hand for the rule tests; amounts are given in 元 as strings.
 */
final class DocBuilder {

    private final Map<StandardTable, TableBuilder> tables = new LinkedHashMap<>();
    private final List<SectionView> sections = new ArrayList<>();
    private final List<ProjectView> projects = new ArrayList<>();
    private MoneyUnit unit = MoneyUnit.YUAN;
    private String unitKind = "行政单位";

    DocBuilder unit(MoneyUnit unit) {
        this.unit = unit;
        return this;
    }

    DocBuilder unitKind(String kind) {
        this.unitKind = kind;
        return this;
    }

    TableBuilder table(StandardTable kind) {
        return tables.computeIfAbsent(kind, k -> new TableBuilder(k, null));
    }

    DocBuilder remove(StandardTable kind) {
        tables.remove(kind);
        return this;
    }

    DocBuilder section(SectionKey key, String body) {
        sections.add(new SectionView(key.name(), key.label(), body));
        return this;
    }

    DocBuilder project(String name, String executed) {
        projects.add(
                new ProjectView(
                        PerformanceProject.Kind.PROJECT,
                        name,
                        null,
                        null,
                        null,
                        null,
                        new BigDecimal(executed),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        List.of()));
        return this;
    }

    DisclosureDocument build() {
        List<TableView> views = tables.values().stream().map(t -> t.build(unit)).toList();
        return new DisclosureDocument(
                1L,
                new DisclosureDocument.UnitRef(
                        1L,
                        "醴陵市司法局",
                        unitKind,
                        new DisclosureDocument.RegionRef(
                                "430281", "醴陵市", List.of("湖南省", "株洲市", "醴陵市"))),
                2023,
                DisclosureKind.FINAL_ACCOUNTS,
                DisclosureStatus.DRAFT,
                1,
                null,
                new Disclosure.Profile(null, null, null, null, null, null),
                unit,
                null,
                List.copyOf(sections),
                views,
                List.copyOf(projects));
    }

    static final class TableBuilder {
        private final StandardTable kind;
        private final List<Object[]> rows = new ArrayList<>();
        private MoneyUnit unit;
        private String note;

        TableBuilder(StandardTable kind, MoneyUnit unit) {
            this.kind = kind;
            this.unit = unit;
        }

        TableBuilder unit(MoneyUnit unit) {
            this.unit = unit;
            return this;
        }

        TableBuilder note(String note) {
            this.note = note;
            return this;
        }

        TableBuilder named(Side side, String name, String... amounts) {
            return add(RowKind.NAMED, side, name, name, amounts);
        }

        TableBuilder functional(String code, String name, String... amounts) {
            return add(RowKind.FUNCTIONAL, null, code, name, amounts);
        }

        TableBuilder expenseClass(String code, String name, String... amounts) {
            return add(RowKind.FUNCTIONAL, Side.EXPENSE, code, name, amounts);
        }

        TableBuilder economic(String code, String name, String... amounts) {
            return add(RowKind.ECONOMIC, null, code, name, amounts);
        }

        /** Changes one cell of the row with that code (any side), e.g. to introduce an error. */
        TableBuilder set(String code, String column, String amount) {
            return set(null, code, column, amount);
        }

        /** Renames the row with that code. */
        TableBuilder rename(String code, String name) {
            for (Object[] r : rows) {
                if (code.equals(r[2])) {
                    r[3] = name;
                    return this;
                }
            }
            throw new IllegalArgumentException("no row " + code);
        }

        /** Changes one cell of the row with that code on that side (null: any side). */
        TableBuilder set(Side side, String code, String column, String amount) {
            for (Object[] r : rows) {
                if (code.equals(r[2]) && (side == null || side == r[1])) {
                    @SuppressWarnings("unchecked")
                    Map<String, BigDecimal> a = (Map<String, BigDecimal>) r[4];
                    a.put(column, new BigDecimal(amount));
                    return this;
                }
            }
            throw new IllegalArgumentException("no row " + code);
        }

        private TableBuilder add(
                RowKind kind, Side side, String code, String name, String... amounts) {
            Map<String, BigDecimal> a = new LinkedHashMap<>();
            for (int i = 0; i + 1 < amounts.length; i += 2) {
                a.put(amounts[i], new BigDecimal(amounts[i + 1]));
            }
            rows.add(new Object[] {kind, side, code, name, a});
            return this;
        }

        @SuppressWarnings("unchecked")
        TableView build(MoneyUnit docUnit) {
            List<RowView> views = new ArrayList<>();
            for (Object[] r : rows) {
                RowKind k = (RowKind) r[0];
                String code = (String) r[2];
                views.add(
                        new RowView(
                                code,
                                (String) r[3],
                                k,
                                (Side) r[1],
                                LineItem.levelOf(k, code),
                                null,
                                Map.copyOf((Map<String, BigDecimal>) r[4])));
            }
            return new TableView(
                    kind.label(),
                    kind,
                    kind.title(),
                    unit != null ? unit : docUnit,
                    note,
                    kind.columns(),
                    views);
        }
    }
}
