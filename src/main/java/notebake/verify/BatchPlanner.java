package notebake.verify;

import notebake.snippet.CompilationGroup;
import notebake.snippet.Snippet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Packs compilation groups into as few javac tasks as is safe. Groups share a task only when they use the
 * same compiler and release, declare no type of the same name, and neither mentions a type name the other
 * declares: in one task such a reference would resolve, while at run time each group sees only its own
 * classes. The first task of each compiler is kept small, so runs start while the rest compiles. Stateless.
 */
final class BatchPlanner {

    /** Groups in the first javac task of a compiler. */
    static final int FIRST_BATCH = 8;

    private static final Pattern IDENT = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*");

    private BatchPlanner() {
    }

    /**
     * @param items      things to compile, each holding one group
     * @param groupOf    the group of an item
     * @param compilerOf a key naming the compiler and release an item needs
     * @return the batches, in order: all of one compiler's batches, then the next compiler's
     */
    static <T> List<List<T>> plan(List<T> items, Function<T, CompilationGroup> groupOf, Function<T, String> compilerOf) {
        Map<CompilationGroup, Names> names = new HashMap<>();
        for (T item : items) {
            names.put(groupOf.apply(item), Names.of(groupOf.apply(item)));
        }
        Map<String, List<List<T>>> byCompiler = new LinkedHashMap<>();
        for (T item : items) {
            Names mine = names.get(groupOf.apply(item));
            List<List<T>> batches = byCompiler.computeIfAbsent(compilerOf.apply(item), k -> new ArrayList<>());
            List<T> into = null;
            for (int i = 0; i < batches.size() && into == null; i++) {
                List<T> b = batches.get(i);
                boolean firstIsFull = i == 0 && b.size() >= FIRST_BATCH;
                if (!firstIsFull && b.stream().noneMatch(other -> clash(names.get(groupOf.apply(other)), mine))) {
                    into = b;
                }
            }
            if (into == null) {
                into = new ArrayList<>();
                batches.add(into);
            }
            into.add(item);
        }
        List<List<T>> out = new ArrayList<>();
        byCompiler.values().forEach(out::addAll);
        return out;
    }

    /** The type names a group declares and the identifiers it mentions. */
    record Names(Set<String> qualified, Set<String> simple, Set<String> identifiers) {
        static Names of(CompilationGroup g) {
            Set<String> qualified = new HashSet<>();
            Set<String> simple = new HashSet<>();
            Set<String> identifiers = new HashSet<>();
            for (Snippet s : g.snippets()) {
                qualified.addAll(s.qualifiedTypes());
                simple.addAll(s.facts().topLevelTypes());
                Matcher m = IDENT.matcher(s.source());
                while (m.find()) {
                    identifiers.add(m.group());
                }
            }
            return new Names(qualified, simple, identifiers);
        }
    }

    static boolean clash(Names a, Names b) {
        for (String q : b.qualified()) {
            if (a.qualified().contains(q)) {
                return true;
            }
        }
        return mentions(a, b) || mentions(b, a);
    }

    private static boolean mentions(Names user, Names declarer) {
        for (String name : declarer.simple()) {
            if (!user.simple().contains(name) && user.identifiers().contains(name)) {
                return true;
            }
        }
        return false;
    }
}
