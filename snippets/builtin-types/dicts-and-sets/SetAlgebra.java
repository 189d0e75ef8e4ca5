import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/** Python's set operators with java.util.Set; TreeSet keeps the printout sorted. */
public class SetAlgebra {
    public static void main(String[] args) {
        // @start region=algebra
        Set<Character> a = letters("abracadabra");
        Set<Character> b = letters("alacazam");
        System.out.println("a     = " + a);

        Set<Character> difference = new TreeSet<>(a);
        difference.removeAll(b);                                  // a - b
        System.out.println("a - b = " + difference);

        Set<Character> union = new TreeSet<>(a);
        union.addAll(b);                                          // a | b
        System.out.println("a | b = " + union);

        Set<Character> intersection = new TreeSet<>(a);
        intersection.retainAll(b);                                // a & b
        System.out.println("a & b = " + intersection);

        Set<Character> symmetric = new TreeSet<>(union);
        symmetric.removeAll(intersection);                        // a ^ b
        System.out.println("a ^ b = " + symmetric);
        // @end

        // @start region=compare
        Set<Character> abc = letters("abc");
        System.out.println("a == letters(\"cadabra\"): "
                + a.equals(letters("cadabra")));
        System.out.println("a >= abc (superset): " + a.containsAll(abc));
        System.out.println("a <= abc (subset):   " + abc.containsAll(a));
        System.out.println("a.isdisjoint(\"xyz\"): "
                + Collections.disjoint(a, letters("xyz")));
        // @end
    }

    static Set<Character> letters(String s) {                      // set("abracadabra")
        Set<Character> set = new TreeSet<>();
        for (char c : s.toCharArray()) {
            set.add(c);
        }
        return set;
    }
}
