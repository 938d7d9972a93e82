package gongkai;

import gongkai.cli.CommandLine;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;

/**
 * Entry point. Without arguments it serves the portal; with a command ({@code import}, …) it runs
 * that command against the configured database and exits.
 */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "公开 Gongkai 开放接口",
                        version = "1",
                        description =
                                "司法行政部门决算公开数据的只读接口：检索、决算全文、跨单位比较。金额单位为元，精确到分；"
                                        + "只提供已公开（及已更正）的决算。错误以 JSON 返回：{\"status\": 400, \"error\": \"中文说明\"}。",
                        license = @License(name = "数据来源于各单位依法公开的部门决算")))
public class Application {

    public static void main(String[] args) {
        EnvironmentAliases.apply(System.getenv());
        if (args.length > 0 && !args[0].startsWith("-")) {
            boolean needsDatabase = !args[0].equals("help");
            System.exit(
                    needsDatabase && !StartupCheck.passes(new String[0], true)
                            ? 1
                            : CommandLine.run(args));
        }
        if (!StartupCheck.passes(args)) {
            System.exit(1);
        }
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }
}
