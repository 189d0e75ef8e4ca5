package notebake.internal;

import java.util.Collection;
import java.util.TreeSet;

/** "Did you mean …?" for a misspelt key: the known name fewest edits away (Levenshtein distance). */
public final class NearestName {

    private NearestName() {
    }

    /**
     * The known name closest to {@code name}, at most {@code maxEdits} edits away (ties go to the first in sorted
     * order), or null when none is that close.
     */
    public static String of(String name, Collection<String> known, int maxEdits) {
        String best = null;
        int bestDistance = maxEdits + 1;
        for (String k : new TreeSet<>(known)) {
            int d = distance(name, k);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best;
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
