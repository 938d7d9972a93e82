package gongkai.importer.layout;

import gongkai.importer.performance.PerformanceParser;
import gongkai.importer.text.Headings;
import gongkai.importer.text.TableTitles;
import gongkai.importer.text.Texts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the lines that are page furniture rather than content: watermarks repeated on every page,
 * lone page numbers, image and bookmark placeholders left by the text extraction, and the OCR
 * residue of charts that follows an image placeholder. Such lines are dropped from section bodies.
 */
public final class PageFurniture {

    /** Watermarks seen on disclosure drafts and published copies. */
    private static final Set<String> KNOWN_WATERMARKS =
            Set.of("仅供内部审核", "内部审核", "仅供审核", "公开文档", "内部资料", "草稿", "征求意见稿", "样稿", "审核稿");

    private static final Pattern PLACEHOLDER =
            Pattern.compile("^\\[(image|bookmark|img|picture|图片)[:：].*", Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_PLACEHOLDER =
            Pattern.compile(
                    "\\[(?:image|bookmark|img)[:：][^\\]]{0,300}\\]", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAGE_NUMBER =
            Pattern.compile(
                    "[-—－–]?\\s*\\d{1,3}\\s*[-—－–]?|第\\s*\\d{1,3}\\s*页(\\s*[,，/]?\\s*共\\s*\\d{1,3}\\s*页)?|\\d{1,3}\\s*/\\s*\\d{1,3}");
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[。，；：:,;！？、]");

    private PageFurniture() {}

    /** One flag per line: true when the line is furniture. */
    public static boolean[] find(List<String> lines) {
        boolean[] furniture = new boolean[lines.size()];
        Map<String, Integer> repeats = countShortLines(lines);
        boolean afterImage = false;
        int residue = 0;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            String line = Texts.strip(raw);
            if (line.isEmpty()) {
                continue;
            }
            if (PLACEHOLDER.matcher(line).matches()) {
                furniture[i] = true;
                afterImage = true;
                residue = 0;
                continue;
            }
            if (afterImage && residue < 12 && raw.indexOf('\t') < 0 && !Texts.hasHan(line)) {
                // characters OCR'd from a chart: Latin letters and symbols with no Chinese text
                furniture[i] = true;
                residue++;
                continue;
            }
            afterImage = false;
            if (raw.indexOf('\t') >= 0) {
                continue; // table cells are never furniture: a lone "1" there is a value
            }
            int title = PerformanceParser.titleLines(lines, i);
            if (title > 0) {
                i += title - 1; // one title per project repeats, maybe wrapped: not a watermark
                continue;
            }
            if (line.length() <= 20 && PAGE_NUMBER.matcher(line).matches()
                    || isWatermark(line, repeats)) {
                furniture[i] = true;
            }
        }
        return furniture;
    }

    /** The line without inline image/bookmark placeholders. */
    public static String withoutPlaceholders(String line) {
        return line.indexOf('[') < 0 ? line : INLINE_PLACEHOLDER.matcher(line).replaceAll("");
    }

    private static boolean isWatermark(String line, Map<String, Integer> repeats) {
        if (line.length() > 40) {
            return false; // watermarks are short; spare the long paragraphs the normalisation
        }
        String compact = Texts.compact(line);
        if (KNOWN_WATERMARKS.contains(compact)) {
            return true;
        }
        // any other short phrase printed on many pages; brackets excluded: "（万元）" repeats inside
        // tables
        return repeats.getOrDefault(compact, 0) >= 3 && watermarkShaped(compact);
    }

    private static boolean watermarkShaped(String compact) {
        return compact.length() <= 12
                && Texts.hasHan(compact)
                && !compact.matches(".*\\d.*")
                && !compact.startsWith("(")
                && !SENTENCE_PUNCTUATION.matcher(compact).find()
                && Headings.classify(compact) == null
                && TableTitles.match(compact) == null;
    }

    private static Map<String, Integer> countShortLines(List<String> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (String raw : lines) {
            if (raw.indexOf('\t') >= 0 || raw.length() > 40) {
                continue;
            }
            String compact = Texts.compact(raw);
            if (!compact.isEmpty() && compact.length() <= 12) {
                counts.merge(compact, 1, Integer::sum);
            }
        }
        return counts;
    }
}
