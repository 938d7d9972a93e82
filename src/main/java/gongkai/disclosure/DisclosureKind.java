package gongkai.disclosure;

import java.util.Optional;

/**
 * The kind of document: the final accounts (部门决算, published the year after) or the budget (部门预算,
 * published early in the budget year). A unit holds one of each per year, each with its own
 * revisions, publication and corrections.
 */
public enum DisclosureKind {
    FINAL_ACCOUNTS("部门决算", "决算"),
    BUDGET("部门预算", "预算");

    private final String label;
    private final String shortLabel;

    DisclosureKind(String label, String shortLabel) {
        this.label = label;
        this.shortLabel = shortLabel;
    }

    public String label() {
        return label;
    }

    /** 预算 / 决算, for facets and columns. */
    public String shortLabel() {
        return shortLabel;
    }

    /**
     * The kind a request parameter names (FINAL_ACCOUNTS/BUDGET, or 决算/预算, any case); null for
     * blank, empty when it names no kind.
     */
    public static Optional<DisclosureKind> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        for (DisclosureKind k : values()) {
            if (k.name().equalsIgnoreCase(v) || k.shortLabel.equals(v) || k.label.equals(v)) {
                return Optional.of(k);
            }
        }
        if (v.equalsIgnoreCase("final")) {
            return Optional.of(FINAL_ACCOUNTS);
        }
        return Optional.empty();
    }
}
