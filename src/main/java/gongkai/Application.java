package gongkai;

import gongkai.cli.CommandLine;
import io.micronaut.runtime.Micronaut;

/**
 * Entry point. Without arguments it serves the portal; with a command ({@code import}, …) it runs
 * that command against the configured database and exits.
 */
public class Application {

    public static void main(String[] args) {
        EnvironmentAliases.apply(System.getenv());
        if (args.length > 0 && !args[0].startsWith("-")) {
            boolean needsDatabase = !args[0].equals("help");
            System.exit(needsDatabase && !StartupCheck.passes(new String[0]) ? 1 : CommandLine.run(args));
        }
        if (!StartupCheck.passes(args)) {
            System.exit(1);
        }
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }
}
