package gongkai.disclosure;

/**
 * Life cycle of one revision: DRAFT → SUBMITTED → PUBLISHED (or RETURNED → DRAFT); a newer
 * published revision makes it SUPERSEDED; WITHDRAWN takes it off the public site. A revision in
 * progress replaced by a newer one in progress was never reviewed: it becomes DISCARDED, kept for
 * the staff's history only. Only PUBLISHED and SUPERSEDED are ever public, and SUPERSEDED is
 * reached only from PUBLISHED.
 */
public enum DisclosureStatus {
    DRAFT("草稿"),
    SUBMITTED("已提交"),
    RETURNED("已退回"),
    PUBLISHED("已公开"),
    SUPERSEDED("已更正"),
    /** Taken off the public site without a correction (e.g. published by mistake). */
    WITHDRAWN("已撤回"),
    /**
     * An unpublished revision replaced by a newer unpublished one: staff-only history, never
     * public.
     */
    DISCARDED("已作废");

    private final String label;

    DisclosureStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** What the public may read: the current publication and the publications it corrected. */
    public boolean isPublic() {
        return this == PUBLISHED || this == SUPERSEDED;
    }

    /** A revision being worked on: at most one per unit, year and kind. */
    public boolean inProgress() {
        return this == DRAFT || this == SUBMITTED || this == RETURNED;
    }
}
