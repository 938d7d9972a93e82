package gongkai.compare;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Why a project matched, in words a reader can check: the longest runs of characters (two or more)
 * that the project's name, else its goals, share with what was asked. 普法宣传经费 and 普法宣传 share 普法宣传;
 * 行政复议经费 shares only 经费, which tells the reader how weak that match is.
 */
final class MatchReasons {

    private MatchReasons() {}

    /** E.g. "名称含：普法宣传、经费" or "目标含：普法"; null when nothing is shared. */
    static @Nullable String of(String asked, String name, @Nullable String goals) {
        List<String> inName = shared(asked, name);
        if (!inName.isEmpty()) {
            return "名称含：" + String.join("、", inName);
        }
        List<String> inGoals = goals == null ? List.of() : shared(asked, goals);
        return inGoals.isEmpty() ? null : "目标含：" + String.join("、", inGoals);
    }

    /** Maximal common runs of at least two characters, longest first, each once. */
    static List<String> shared(String a, String b) {
        Set<String> found = new LinkedHashSet<>();
        int i = 0;
        while (i < a.length() - 1) {
            int best = 0;
            for (int len = a.length() - i; len >= 2; len--) {
                if (b.contains(a.substring(i, i + len))) {
                    best = len;
                    break;
                }
            }
            if (best >= 2) {
                found.add(a.substring(i, i + best));
                i += best;
            } else {
                i++;
            }
        }
        List<String> out = new ArrayList<>(found);
        out.sort((x, y) -> y.length() - x.length());
        return out;
    }
}
