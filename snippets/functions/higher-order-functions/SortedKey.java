import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Sorting by a key function, and case-insensitive reverse sorting. */
public class SortedKey {

    public static void main(String[] args) {
        // @start region=sorted
        List<Integer> byAbs = new ArrayList<>(List.of(1, 2, -1, 3, 5));
        // like sorted(..., key=abs)
        byAbs.sort(Comparator.comparingInt(Math::abs));
        System.out.println("sorted by abs = " + byAbs);

        String[] words = {"bob", "about", "Zoo", "Credit"};
        // sorted() returns a new list; keep the original
        String[] sortedWords = words.clone();
        // key=str.lower, reverse=True
        Arrays.sort(sortedWords, String.CASE_INSENSITIVE_ORDER.reversed());
        System.out.println("case-insensitive, reversed = "
                + Arrays.toString(sortedWords));
        System.out.println("original unchanged = " + Arrays.toString(words));
        // @end
    }
}
