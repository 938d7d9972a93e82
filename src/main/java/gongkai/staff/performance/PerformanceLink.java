package gongkai.staff.performance;

import gongkai.disclosure.DisclosureDocument;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The staff disclosure page's way to the performance editor, in the words of the disclosure's kind:
 * 绩效自评 for final accounts, 绩效目标 for a budget.
 *
 * @param heading the section's heading (绩效自评 / 绩效目标)
 * @param text the link's text, with the number of projects
 */
@Serdeable
public record PerformanceLink(String href, String heading, String text) {

    public static PerformanceLink of(DisclosureDocument d) {
        PerformanceWords words = PerformanceWords.of(d);
        return new PerformanceLink(
                "/staff/disclosures/" + d.id() + "/performance",
                words.noun(),
                words.both() + "（" + d.projects().size() + " 项）");
    }
}
