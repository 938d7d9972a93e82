package gongkai.staff.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.account.AccountService;
import gongkai.account.Role;
import gongkai.audit.AuditLog;
import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureService;
import gongkai.disclosure.SearchOutbox;
import gongkai.region.RegionDirectory;
import gongkai.search.IndexLocation;
import gongkai.search.IndexRebuilder;
import gongkai.search.Indexer;
import gongkai.unit.UnitService;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Model-based test of the publishing workflow: random sequences of create / copy / import / edit /
 * submit / return / publish / correct / withdraw / unit rename / reindex by two units' editors, a
 * reviewer and an administrator, over real HTTP, with {@link WorkflowInvariants} checked after
 * every step. A failing sequence is shrunk (steps dropped while it still fails) and printed as
 * Java, ready to become a regression test.
 *
 * <p>Bounded for CI: {@code model.tries} sequences (default 6) of {@code model.length} steps
 * (default 24), stopping early after {@code model.seconds} (default 45). Seeds start at {@code
 * model.seed} (default 1) so a CI failure replays exactly; a longer exploration is e.g. {@code
 * ./mvnw test -Dtest='WorkflowModel*' -Dmodel.tries=300 -Dmodel.seconds=1800 -Dmodel.seed=$RANDOM}.
 */
abstract class WorkflowModelContract {

    private static final String ADMIN = "model-admin";
    private static final String ADMIN_PASSWORD = "model-admin-password";

    @Inject EmbeddedServer server;
    @Inject AccountService accounts;
    @Inject UnitService units;
    @Inject RegionDirectory regions;
    @Inject DisclosureService disclosures;
    @Inject DisclosureCatalog catalog;
    @Inject AuditLog audit;
    @Inject Indexer indexer;
    @Inject IndexLocation location;
    @Inject IndexRebuilder rebuilder;
    @Inject SearchOutbox outbox;

    private int worlds;

    @Test
    void randomWorkflowsKeepEveryPromise() {
        accounts.add(
                new AccountService.NewAccount(ADMIN, Role.ADMIN, null, null, ADMIN_PASSWORD),
                "model");
        int tries = Integer.getInteger("model.tries", 6);
        int length = Integer.getInteger("model.length", 24);
        long seconds = Long.getLong("model.seconds", 45);
        long seed = Long.getLong("model.seed", 1);
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        int ran = 0;
        int steps = 0;
        for (int t = 0; t < tries && (t == 0 || System.nanoTime() < deadline); t++) {
            List<WorkflowAction> sequence = WorkflowAction.randomSequence(seed + t, length);
            Failure failure = play(sequence);
            if (failure != null) {
                List<WorkflowAction> shrunk = shrink(failure.steps());
                Failure last = play(shrunk);
                throw new AssertionError(
                        "Seed "
                                + (seed + t)
                                + " broke a promise: "
                                + failure.error().getMessage()
                                + "\nSteps taken:\n  "
                                + String.join("\n  ", failure.log())
                                + "\nShrunk to "
                                + shrunk.size()
                                + " steps ("
                                + (last == null ? "passes alone?" : last.error().getMessage())
                                + "):\n"
                                + "List.of(\n    "
                                + String.join(
                                        ",\n    ",
                                        shrunk.stream().map(WorkflowAction::toString).toList())
                                + ")",
                        failure.error());
            }
            ran++;
            steps += sequence.size();
        }
        System.out.printf(
                "Workflow model: %d sequences, %d steps, seeds %d..%d%n",
                ran, steps, seed, seed + ran - 1);
        assertTrue(ran > 0);
    }

    record Failure(List<WorkflowAction> steps, List<String> log, AssertionError error) {}

    /** Plays a sequence in a world of its own; the failure with the steps up to it, or null. */
    Failure play(List<WorkflowAction> sequence) {
        WorkflowWorld world =
                new WorkflowWorld(
                        ++worlds, server.getURI(), accounts, units, regions, ADMIN, ADMIN_PASSWORD);
        WorkflowDriver driver = new WorkflowDriver(disclosures, rebuilder);
        WorkflowInvariants invariants =
                new WorkflowInvariants(disclosures, catalog, audit, indexer, location, outbox);
        List<WorkflowAction> done = new ArrayList<>();
        try {
            for (WorkflowAction step : sequence) {
                done.add(step);
                long started = System.nanoTime();
                Long touched = driver.run(world, step);
                long acted = System.nanoTime();
                invariants.afterStep(world, touched);
                if (step.kind() == WorkflowAction.Kind.REINDEX || done.size() % 8 == 0) {
                    invariants.atRest(world);
                }
                world.log.set(
                        world.log.size() - 1,
                        world.log.get(world.log.size() - 1)
                                + String.format(
                                        " [%d ms, checks %d ms]",
                                        (acted - started) / 1_000_000,
                                        (System.nanoTime() - acted) / 1_000_000));
            }
            invariants.atRest(world);
            if (Boolean.getBoolean("model.verbose")) {
                System.out.println(
                        "World " + world.tryNo + ":\n  " + String.join("\n  ", world.log));
            }
            return null;
        } catch (AssertionError e) {
            return new Failure(done, world.log, e);
        } catch (Exception e) {
            return new Failure(done, world.log, new AssertionError(e.toString(), e));
        }
    }

    /**
     * Drops steps one at a time while the sequence still fails (bounded: each try is a new world).
     */
    private List<WorkflowAction> shrink(List<WorkflowAction> failing) {
        List<WorkflowAction> current = new ArrayList<>(failing);
        int budget = 40;
        for (int i = current.size() - 1; i >= 0 && budget > 0; i--) {
            List<WorkflowAction> candidate = new ArrayList<>(current);
            candidate.remove(i);
            budget--;
            if (!candidate.isEmpty() && play(candidate) != null) {
                current = candidate;
            }
        }
        return current;
    }
}
