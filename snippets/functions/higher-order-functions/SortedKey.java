import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Sorting by a key function, and case-insensitive reverse sorting. */
public class SortedKey {

    public static void main(String[] args) {
        // @start region=sorted
        List<Integer> byAbs = new ArrayList<>(List.of(1, 2, -1, 3, 5));
        byAbs.sort(Comparator.comparingInt(Math::abs));   // like sorted(..., key=abs)
        System.out.println("sorted by abs = " + byAbs);

        String[] words = {"bob", "about", "Zoo", "Credit"};
        String[] sortedWords = words.clone();             // sorted() returns a new list; keep the original
        Arrays.sort(sortedWords, String.CASE_INSENSITIVE_ORDER.reversed()); // key=str.lower, reverse=True
        System.out.println("case-insensitive, reversed = " + Arrays.toString(sortedWords));
        System.out.println("original unchanged = " + Arrays.toString(words));
        // @end
    }
}
