package gongkai.cli;

import gongkai.account.Account;
import gongkai.account.AccountService;
import gongkai.account.Role;
import io.micronaut.context.ApplicationContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code user add --username NAME --role ROLE [--unit UNIT_NAME] [--region CODE] --password-stdin},
 * {@code user list}, {@code user disable|enable --username NAME}, {@code user change --username
 * NAME --role ROLE [--unit UNIT_NAME] [--region CODE]}, {@code user password --username NAME
 * --password-stdin}: account management for bootstrapping and scripts. Disabling, changing and
 * resetting end the account's open sessions in a running portal (it compares the account's session
 * epoch on every request). The password is read from standard input so it never shows in the
 * process list.
 */
final class UserCommand {

    private UserCommand() {}

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println("用法：user add|list|disable|enable|change|password …");
            return 2;
        }
        Map<String, String> options = new HashMap<>();
        boolean passwordStdin = false;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--password-stdin")) {
                passwordStdin = true;
            } else if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i].substring(2), args[++i]);
            } else {
                err.println("无法识别的参数：" + args[i]);
                return 2;
            }
        }
        try (ApplicationContext context = Contexts.commandLine()) {
            AccountService accounts = context.getBean(AccountService.class);
            switch (args[0]) {
                case "add" -> {
                    if (!passwordStdin) {
                        err.println("请用 --password-stdin 从标准输入提供密码。");
                        return 2;
                    }
                    Role role = role(options.get("role"));
                    if (role == null) {
                        err.println("角色 --role 只能是 UNIT_EDITOR、REVIEWER 或 ADMIN。");
                        return 2;
                    }
                    String password =
                            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                                    .readLine();
                    Account account =
                            accounts.add(
                                    new AccountService.NewAccount(
                                            options.get("username"),
                                            role,
                                            options.get("unit"),
                                            options.get("region"),
                                            password == null ? "" : password),
                                    "cli");
                    out.println(
                            "已创建账号 " + account.username() + "（" + account.role().label() + "）。");
                    return 0;
                }
                case "list" -> {
                    for (Account a : accounts.list()) {
                        out.printf(
                                "%s\t%s\t%s\t%s%n",
                                a.username(),
                                a.role().name(),
                                a.unitId() != null
                                        ? "unit=" + a.unitId()
                                        : a.regionCode() != null ? "region=" + a.regionCode() : "-",
                                a.enabled() ? "启用" : "停用");
                    }
                    return 0;
                }
                case "disable" -> {
                    accounts.disable(options.getOrDefault("username", ""), "cli");
                    out.println("已停用账号 " + options.get("username") + "（已登录的会话随即失效）。");
                    return 0;
                }
                case "enable" -> {
                    accounts.enable(options.getOrDefault("username", ""), "cli");
                    out.println("已启用账号 " + options.get("username") + "。");
                    return 0;
                }
                case "change" -> {
                    Role role = role(options.get("role"));
                    if (role == null) {
                        err.println("角色 --role 只能是 UNIT_EDITOR、REVIEWER 或 ADMIN。");
                        return 2;
                    }
                    Account changed =
                            accounts.changeScopeByUnitName(
                                    options.getOrDefault("username", ""),
                                    role,
                                    options.get("unit"),
                                    options.get("region"),
                                    "cli");
                    out.println(
                            "已修改账号 "
                                    + changed.username()
                                    + "（"
                                    + changed.role().label()
                                    + "），其已登录的会话随即失效。");
                    return 0;
                }
                case "password" -> {
                    if (!passwordStdin) {
                        err.println("请用 --password-stdin 从标准输入提供密码。");
                        return 2;
                    }
                    String password =
                            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                                    .readLine();
                    accounts.resetPassword(
                            options.getOrDefault("username", ""),
                            password == null ? "" : password,
                            "cli");
                    out.println("已重设账号 " + options.get("username") + " 的密码，其已登录的会话随即失效。");
                    return 0;
                }
                default -> {
                    err.println("未知的 user 子命令：" + args[0]);
                    return 2;
                }
            }
        } catch (AccountService.InvalidAccountException e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("无法读取密码：" + e.getMessage());
            return 1;
        }
    }

    private static Role role(String name) {
        try {
            return Role.valueOf(name == null ? "" : name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
