package gongkai.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The options of the bench commands ({@code bench}, {@code soak}, {@code generate}): {@code --name
 * value} pairs, read with typed getters that fail with a Chinese message naming the option. One
 * parser, so the commands accept and report options the same way.
 */
final class BenchOptions {

    private final String[] args;
    private final Map<String, String> values;

    private BenchOptions(String[] args, Map<String, String> values) {
        this.args = args;
        this.values = values;
    }

    /** Fails on anything that is not a {@code --name value} pair. */
    static BenchOptions parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("无法识别的参数：" + args[i]);
            }
            values.put(args[i].substring(2), args[++i]);
        }
        return new BenchOptions(args.clone(), values);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** The value, or null when the option is absent. */
    String text(String name) {
        return values.get(name);
    }

    String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    int integer(String name, int fallback) {
        String v = values.get(name);
        try {
            return v == null ? fallback : Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " 应为整数：" + v);
        }
    }

    long longInteger(String name, long fallback) {
        String v = values.get(name);
        try {
            return v == null ? fallback : Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " 应为整数：" + v);
        }
    }

    double decimal(String name, double fallback) {
        String v = values.get(name);
        try {
            return v == null ? fallback : Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " 应为数字：" + v);
        }
    }

    Path path(String name, String fallback) {
        return Path.of(values.getOrDefault(name, fallback));
    }

    /** Comma-separated integers, e.g. {@code --sizes 1000,5000}. */
    List<Integer> integers(String name, String fallback) {
        List<Integer> list = new ArrayList<>();
        for (String s : values.getOrDefault(name, fallback).split(",")) {
            try {
                list.add(Integer.parseInt(s.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--" + name + " 应为逗号分隔的整数，例如 1000,5000");
            }
        }
        return list;
    }

    /** Comma-separated items, blanks dropped. */
    List<String> items(String name, String fallback) {
        return Arrays.stream(values.getOrDefault(name, fallback).split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** Whitespace-separated words, e.g. {@code --jvm-args "-Xmx1g -XX:+UseG1GC"}. */
    List<String> words(String name, String fallback) {
        return Arrays.stream(values.getOrDefault(name, fallback).split("\\s+"))
                .filter(s -> !s.isBlank())
                .toList();
    }

    /**
     * {@code --command} as given (the launcher passes the Maven command line), else the command and
     * its arguments.
     */
    String command(String commandName) {
        return values.getOrDefault("command", commandName + " " + String.join(" ", args));
    }
}
