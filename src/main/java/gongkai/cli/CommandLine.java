package gongkai.cli;

import java.io.PrintStream;
import java.util.Arrays;

/** Dispatches {@code java -jar gongkai.jar COMMAND …} to the command's class. */
public final class CommandLine {

    private CommandLine() {}

    public static int run(String[] args) {
        try {
            return dispatch(args);
        } catch (RuntimeException e) {
            // Configuration and database problems: one line saying what went wrong, not a stack
            // trace.
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String message =
                    root.getMessage() == null
                            ? root.getClass().getSimpleName()
                            : root.getMessage().lines().findFirst().orElse("");
            System.err.println("命令失败：" + message);
            return 1;
        }
    }

    private static int dispatch(String[] args) {
        PrintStream out = System.out;
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "import" -> {
                return ImportCommand.run(rest, out, System.err);
            }
            case "user" -> {
                return UserCommand.run(rest, System.in, out, System.err);
            }
            case "reindex" -> {
                return ReindexCommand.run(out, System.err);
            }
            case "help", "--help" -> {
                usage(out);
                return 0;
            }
            default -> {
                System.err.println("未知命令：" + args[0]);
                usage(System.err);
                return 2;
            }
        }
    }

    static void usage(PrintStream out) {
        out.println("用法：java -jar target/gongkai.jar [命令]");
        out.println("  （无命令）                    启动门户网站");
        out.println("  import [--publish] 文件|目录…  导入决算公开文档（--publish：直接公开）");
        out.println("  reindex                       从数据库重建全文索引（MySQL 时门户可继续运行）");
        out.println(
                "  user add --username 用户名 --role UNIT_EDITOR|REVIEWER|ADMIN [--unit 单位名称] [--region 区划代码] --password-stdin");
        out.println("  user list | user disable|enable --username 用户名");
        out.println(
                "  user change --username 用户名 --role 角色 [--unit 单位名称] [--region 区划代码]   （其已登录会话随即失效）");
        out.println(
                "  user password --username 用户名 --password-stdin                              （其已登录会话随即失效）");
        out.println("使用嵌入式数据库（默认）时，import、user、reindex 须在门户停止后运行；门户运行时请用管理页面或 POST /api/imports。");
    }
}
