package gongkai.disclosure;

/** The kind of document; the portal starts with final accounts, budgets (预算) may follow. */
public enum DisclosureKind {
    FINAL_ACCOUNTS("部门决算");

    private final String label;

    DisclosureKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
