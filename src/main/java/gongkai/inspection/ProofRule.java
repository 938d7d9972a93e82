package gongkai.inspection;

import java.util.List;

/** One family of checks; each finding carries its own rule id. */
interface ProofRule {

    List<ProofFinding> check(ProofInput input, List<Paragraphs.Para> paragraphs);
}
