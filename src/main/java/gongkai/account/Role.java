package gongkai.account;

/** What a staff account may do. */
public enum Role {
    /** Edits and submits the disclosures of one unit. */
    UNIT_EDITOR("单位填报员"),
    /** Publishes or returns the disclosures of the units it supervises. */
    REVIEWER("审核员"),
    /** Manages regions, units and accounts. */
    ADMIN("管理员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
