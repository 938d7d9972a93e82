package gongkai.importer.layout;

import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.SectionKey;
import gongkai.disclosure.TextLimits;
import gongkai.importer.report.ImportReport;
import gongkai.importer.text.Headings;
import gongkai.importer.text.SectionKeys;
import gongkai.importer.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds the narrative sections from the lines that are neither tables nor header fields nor page
 * furniture. Parts (第一部分 …) and level-1 headings (一、…) open sections (a part that only groups
 * sections, such as 第一部分 单位概况, is kept with key null and an empty body, so the outline stays
 * complete); deeper headings ((一), 1.) stay in their section's body, so no text is lost. In parts
 * whose entries are numbered like headings but are not sections (名词解释, 联系方式, 附件, 决算表), level-1
 * lines stay in the body too.
 */
public final class Outline {

    private static final Set<SectionKey> UNSPLIT_PARTS =
            Set.of(
                    SectionKey.GLOSSARY,
                    SectionKey.CONTACT,
                    SectionKey.ATTACHMENTS,
                    SectionKey.TABLES_NOTE);

    private final ImportReport.Builder report;
    private final List<DisclosureContent.Section> sections = new ArrayList<>();
    private SectionKey partKey;
    private int lastL1 = 0;
    private Open current;

    /** A bare "第二部分" waits for its title on the next line. */
    private Open awaitingTitle;

    private static final class Open {
        final SectionKey key;
        String title;
        final int line;
        final boolean structural;
        final boolean warn;
        final StringBuilder body = new StringBuilder();

        Open(SectionKey key, String title, int line, boolean structural, boolean warn) {
            this.key = key;
            this.title = title;
            this.line = line;
            this.structural = structural;
            this.warn = warn;
        }
    }

    public Outline(ImportReport.Builder report) {
        this.report = report;
    }

    /** Feeds one content line (0-based index). */
    public void accept(int index, String raw) {
        String text = Texts.strip(PageFurniture.withoutPlaceholders(raw).replace('\t', ' '));
        if (text.isEmpty()) {
            return;
        }
        if (awaitingTitle != null) {
            Open part = awaitingTitle;
            awaitingTitle = null;
            if (text.length() <= 30 && !text.contains("。") && Headings.classify(text) == null) {
                openPart(part.line, text);
                return;
            }
            openPart(part.line, "");
        }
        Headings.Heading h = raw.indexOf('\t') >= 0 ? null : Headings.classify(text);
        if (h != null && h.level() == Headings.Level.PART) {
            close();
            if (h.title().isEmpty()) {
                awaitingTitle = new Open(null, "", index + 1, true, false);
            } else {
                openPart(index + 1, h.title());
            }
            return;
        }
        if (h != null
                && h.level() == Headings.Level.L1
                && Headings.isTitle(h)
                && (partKey == null || !UNSPLIT_PARTS.contains(partKey))
                && (h.number() == lastL1 + 1 || h.number() == 1)) {
            close();
            lastL1 = h.number();
            SectionKey key = SectionKeys.keyOf(h.title());
            current = new Open(key, h.title(), index + 1, false, key == null);
            return;
        }
        if (current == null) {
            current = new Open(null, "（无标题）", index + 1, false, true);
        }
        current.body.append(current.body.length() == 0 ? "" : "\n").append(text);
    }

    private void openPart(int line, String title) {
        close();
        lastL1 = 0;
        partKey = SectionKeys.keyOf(title);
        boolean structural = partKey == null && SectionKeys.isStructuralPart(title);
        current =
                new Open(
                        partKey,
                        title.isEmpty() ? "（无标题部分）" : title,
                        line,
                        structural,
                        partKey == null && !structural);
    }

    private void close() {
        if (awaitingTitle != null) {
            Open part = awaitingTitle;
            awaitingTitle = null;
            openPart(part.line, "");
        }
        if (current == null) {
            return;
        }
        Open o = current;
        current = null;
        if (o.warn) {
            report.warn(o.line, "未识别的章节「" + o.title + "」，已按原标题保留");
        }
        sections.add(
                new DisclosureContent.Section(
                        o.key == null ? null : o.key.name(), o.title, o.body.toString(), o.line));
    }

    /** The section being filled, while its body is over the section form's limit; else null. */
    public DisclosureContent.Section overLimit() {
        return current == null || current.body.length() <= TextLimits.SECTION_BODY_CHARS
                ? null
                : new DisclosureContent.Section(null, current.title, "", current.line);
    }

    public List<DisclosureContent.Section> finish() {
        close();
        return List.copyOf(sections);
    }
}
