package gongkai.staff.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One step of a random staff workflow. Targets are not database ids but a pick among the
 * disclosures the sequence has made so far ({@code pick % known}), so a sequence replays on fresh
 * units and can be shrunk by dropping steps.
 *
 * @param unit 0 = a 湖南 unit (its reviewer is in scope), 1 = an 内蒙古 unit (only the admin reviews it)
 * @param year fiscal year for create and import
 * @param pick which known disclosure an action on one disclosure targets
 */
record WorkflowAction(Kind kind, int unit, int year, int pick) {

    enum Kind {
        CREATE,
        COPY,
        IMPORT,
        ADMIN_IMPORT_PUBLISHED,
        EDIT,
        SUBMIT,
        RETURN,
        PUBLISH,
        CORRECT,
        WITHDRAW,
        RENAME_UNIT,
        REINDEX
    }

    /**
     * Weights: mostly the steps that move a revision along, so sequences reach publication often.
     */
    private static final Kind[] BAG = {
        Kind.CREATE, Kind.CREATE, Kind.COPY, Kind.IMPORT, Kind.IMPORT, Kind.IMPORT,
                Kind.ADMIN_IMPORT_PUBLISHED,
        Kind.EDIT, Kind.EDIT, Kind.SUBMIT, Kind.SUBMIT, Kind.SUBMIT, Kind.SUBMIT, Kind.RETURN,
        Kind.PUBLISH, Kind.PUBLISH, Kind.PUBLISH, Kind.PUBLISH, Kind.CORRECT, Kind.CORRECT,
                Kind.WITHDRAW,
        Kind.RENAME_UNIT, Kind.REINDEX,
    };

    static List<WorkflowAction> randomSequence(long seed, int length) {
        Random random = new Random(seed);
        List<WorkflowAction> steps = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            steps.add(
                    new WorkflowAction(
                            BAG[random.nextInt(BAG.length)],
                            random.nextInt(2),
                            2022 + random.nextInt(2),
                            random.nextInt(1000)));
        }
        return steps;
    }

    /** As Java source, so a shrunk failing sequence can be pasted into a regression test. */
    @Override
    public String toString() {
        return "new WorkflowAction(Kind." + kind + ", " + unit + ", " + year + ", " + pick + ")";
    }
}
