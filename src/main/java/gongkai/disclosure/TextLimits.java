package gongkai.disclosure;

/**
 * How long a section may be, wherever its text comes from: the staff section form and the importer
 * apply the same limits, so an import cannot store what the form would refuse (an 18.9 MB section
 * made an 18.9 MB staff page).
 */
public final class TextLimits {

    /** A section body longer than this is a pasted document, not a section. */
    public static final int SECTION_BODY_CHARS = 100_000;

    public static final int SECTION_TITLE_CHARS = 500;

    private TextLimits() {}
}
