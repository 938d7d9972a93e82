package gongkai.disclosure.export;

import gongkai.disclosure.DisclosureDocument;
import java.util.List;

/**
 * The consistency checks (勾稽关系) as the public pages and the read API need them. Implemented by
 * {@code gongkai.validation}, which depends on this package (so the dependency points that way).
 * Content of a public revision never changes, so implementations compute its findings once per
 * revision and keep them.
 */
public interface PublicChecks {

    /** The findings of a public disclosure, in the order the rules ran. */
    List<DisclosureDocument.CheckFinding> findings(DisclosureDocument d);

    /** What the checks cover, one Chinese line per group of rules, for the 勾稽检查 panel. */
    List<String> rulesRun();
}
