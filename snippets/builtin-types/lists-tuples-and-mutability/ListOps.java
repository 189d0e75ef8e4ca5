import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Concatenating lists, merging sorted lists, transposing, keeping a list sorted. */
public class ListOps {
    public static void main(String[] args) {
        List<Integer> list01 = List.of(1, 4, 7);
        List<Integer> list02 = List.of(2, 5, 8);
        List<Integer> list03 = List.of(3, 6, 9);

        // @start region=concat
        List<Integer> all = new ArrayList<>(list01);     // list01 + list02 + list03
        all.addAll(list02);
        all.addAll(list03);
        System.out.println("addAll:      " + all);
        System.out.println("flatMap:     " + Stream.of(list01, list02, list03)
                .flatMap(List::stream).collect(Collectors.toList()));   // chain(...)
        System.out.println("concat:      "
                + Stream.concat(list01.stream(), list02.stream()).toList());
        System.out.println("sorted:      " + Stream.of(list01, list02, list03)
                .flatMap(List::stream).sorted().toList());   // sorted(chain(...))
        System.out.println("merge:       "
                + merge(List.of(list01, list02, list03)));   // heapq.merge
        // @end

        // @start region=transpose
        List<List<String>> array =
                List.of(List.of("a", "b"), List.of("c", "d"), List.of("e", "f"));
        List<List<String>> transposed = new ArrayList<>();
        for (int col = 0; col < array.get(0).size(); col++) {     // zip(*array)
            List<String> column = new ArrayList<>();
            for (List<String> row : array) {
                column.add(row.get(col));
            }
            transposed.add(column);
        }
        System.out.println("transposed:  " + transposed);
        // @end

        // @start region=bisect
        List<Integer> sorted = new ArrayList<>(List.of(10, 20, 30, 40));
        for (int value : new int[] {25, 5, 40}) {        // bisect.insort(sorted, value)
            int pos = Collections.binarySearch(sorted, value);
            // not found: binarySearch returns -(insertion point) - 1
            int insertAt = pos >= 0 ? pos : -pos - 1;
            sorted.add(insertAt, value);
            System.out.println("insert " + value + " at " + insertAt + " -> " + sorted);
        }
        // @end
    }

    // @start region=mergeMethod
    /** k-way merge of sorted lists with a priority queue, like heapq.merge. */
    static List<Integer> merge(List<List<Integer>> lists) {
        // queue entries: {value, list index, position in that list}
        PriorityQueue<int[]> queue =
                new PriorityQueue<>((x, y) -> Integer.compare(x[0], y[0]));
        for (int i = 0; i < lists.size(); i++) {
            if (!lists.get(i).isEmpty()) {
                queue.add(new int[] {lists.get(i).get(0), i, 0});
            }
        }
        List<Integer> out = new ArrayList<>();
        while (!queue.isEmpty()) {
            int[] head = queue.poll();
            out.add(head[0]);
            List<Integer> source = lists.get(head[1]);
            int next = head[2] + 1;
            if (next < source.size()) {
                queue.add(new int[] {source.get(next), head[1], next});
            }
        }
        return out;
    }
    // @end
}
