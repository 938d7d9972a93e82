package gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code user add|list|disable} against a fresh embedded database. */
class UserCommandTest {

    @TempDir Path tmp;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void freshDatabase() {
        System.setProperty(
                "datasources.default.url",
                "jdbc:h2:file:"
                        + tmp.resolve("gk")
                        + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;IGNORECASE=TRUE");
    }

    @AfterEach
    void restore() {
        System.clearProperty("datasources.default.url");
    }

    private int user(String password, String... args) {
        return UserCommand.run(
                args,
                new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void addsListsAndDisablesAccounts() {
        assertEquals(
                0,
                user(
                        "a-long-password",
                        "add",
                        "--username",
                        "root-admin",
                        "--role",
                        "ADMIN",
                        "--password-stdin"));
        assertEquals(0, user("", "list"));
        assertTrue(
                out.toString(StandardCharsets.UTF_8).contains("root-admin\tADMIN\t-\t启用"),
                out.toString(StandardCharsets.UTF_8));
        assertEquals(0, user("", "disable", "--username", "root-admin"));
        out.reset();
        user("", "list");
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("停用"));
    }

    @Test
    void changesRolesResetsPasswordsAndEnablesAgain() {
        assertEquals(
                0,
                user(
                        "a-long-password",
                        "add",
                        "--username",
                        "ops-user",
                        "--role",
                        "REVIEWER",
                        "--region",
                        "430000",
                        "--password-stdin"));
        assertEquals(0, user("", "change", "--username", "ops-user", "--role", "ADMIN"));
        assertEquals(
                1,
                user("", "change", "--username", "ops-user", "--role", "UNIT_EDITOR"),
                "an editor needs a unit");
        assertEquals(1, user("short", "password", "--username", "ops-user", "--password-stdin"));
        assertEquals(
                0,
                user(
                        "another-long-password",
                        "password",
                        "--username",
                        "ops-user",
                        "--password-stdin"));
        assertEquals(0, user("", "disable", "--username", "ops-user"));
        assertEquals(0, user("", "enable", "--username", "ops-user"));
        out.reset();
        assertEquals(0, user("", "list"));
        assertTrue(
                out.toString(StandardCharsets.UTF_8).contains("ops-user\tADMIN\t-\t启用"),
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void refusesWeakPasswordsUnknownUnitsAndBadRoles() {
        assertEquals(
                1,
                user(
                        "short",
                        "add",
                        "--username",
                        "x-user",
                        "--role",
                        "ADMIN",
                        "--password-stdin"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("密码至少"));
        assertEquals(
                1,
                user(
                        "a-long-password",
                        "add",
                        "--username",
                        "e-user",
                        "--role",
                        "UNIT_EDITOR",
                        "--unit",
                        "不存在的单位",
                        "--password-stdin"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("找不到单位"));
        assertEquals(
                2,
                user(
                        "a-long-password",
                        "add",
                        "--username",
                        "r-user",
                        "--role",
                        "KING",
                        "--password-stdin"));
        assertEquals(2, user("a-long-password", "add", "--username", "r-user", "--role", "ADMIN"));
    }
}
