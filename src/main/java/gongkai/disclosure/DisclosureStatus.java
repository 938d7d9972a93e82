package gongkai.disclosure;

/**
 * Life cycle of one revision: DRAFT → SUBMITTED → PUBLISHED (or RETURNED → DRAFT); a newer
 * published revision makes it SUPERSEDED; WITHDRAWN takes it off the public site.
 */
public enum DisclosureStatus {
    DRAFT("草稿"), SUBMITTED("已提交"), RETURNED("已退回"), PUBLISHED("已公开"), SUPERSEDED("已更正"),
    /** Taken off the public site without a correction (e.g. published by mistake). */
    WITHDRAWN("已撤回");

    private final String label;

    DisclosureStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A revision being worked on: at most one per unit, year and kind. */
    public boolean inProgress() {
        return this == DRAFT || this == SUBMITTED || this == RETURNED;
    }
}
