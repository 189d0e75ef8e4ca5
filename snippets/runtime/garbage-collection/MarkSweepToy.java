import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Two ways to find garbage in the same object graph: tracing from roots, and CPython's
 * cycle detection.
 */
public class MarkSweepToy {
    public static void main(String[] args) {
        // @start region=graph
        // object -> the objects it references; 1 is referenced by a global (the root)
        Map<Integer, List<Integer>> heap = new LinkedHashMap<>();
        heap.put(1, List.of(2));
        heap.put(2, List.of(3));
        heap.put(3, List.of(1));
        heap.put(4, List.of(5));
        heap.put(5, List.of(4));
        List<Integer> roots = List.of(1);
        // @end

        // @start region=marksweep
        Set<Integer> marked = new TreeSet<>();
        Deque<Integer> work = new ArrayDeque<>(roots);
        while (!work.isEmpty()) {   // mark everything reachable from a root
            int obj = work.pop();
            if (marked.add(obj)) {
                work.addAll(heap.get(obj));
            }
        }
        Set<Integer> swept = new TreeSet<>(heap.keySet());
        swept.removeAll(marked);                           // sweep: the rest
        System.out.println("mark-sweep:   live " + marked + ", garbage " + swept);
        // @end

        // @start region=cpython
        // CPython has no list of roots. It copies each container's reference count,
        // subtracts the references coming from other containers, and treats what is
        // left as external references.
        Map<Integer, Integer> refCount = new LinkedHashMap<>();
        heap.keySet().forEach(obj -> refCount.put(obj, 0));
        heap.values().forEach(targets ->
                targets.forEach(t -> refCount.merge(t, 1, Integer::sum)));
        // plus the reference held by the global
        roots.forEach(r -> refCount.merge(r, 1, Integer::sum));

        Map<Integer, Integer> gcRefs = new LinkedHashMap<>(refCount);
        heap.values().forEach(targets ->
                targets.forEach(t -> gcRefs.merge(t, -1, Integer::sum)));
        System.out.println("refcounts " + refCount
                + ", minus internal references " + gcRefs);

        Set<Integer> reachable = new TreeSet<>();
        Deque<Integer> start = new ArrayDeque<>();
        gcRefs.forEach((obj, external) -> {
            if (external > 0) {
                start.push(obj);   // referenced from outside the containers
            }
        });
        while (!start.isEmpty()) {
            int obj = start.pop();
            if (reachable.add(obj)) {
                start.addAll(heap.get(obj));
            }
        }
        Set<Integer> unreachable = new TreeSet<>(heap.keySet());
        unreachable.removeAll(reachable);
        System.out.println("cycle finder: live " + reachable
                + ", garbage " + unreachable);
        // @end
    }
}
