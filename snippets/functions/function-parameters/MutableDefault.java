import java.util.ArrayList;
import java.util.List;

/**
 * Python evaluates a default value once, when def runs, and every call that omits the
 * argument shares that one object. The Java equivalent is an overload that passes one
 * shared static list - and the fix is the same in both languages: a fresh list per
 * call.
 */
public class MutableDefault {

    // @start region=shared
    // Created once, like the [] in def test(x, ints=[]): a C-style static local.
    private static final List<Integer> DEFAULT_INTS = new ArrayList<>();

    static List<Integer> test(int x, List<Integer> ints) {
        ints.add(x);
        return ints;
    }

    static List<Integer> test(int x) {
        // every call shares the same list
        return test(x, DEFAULT_INTS);
    }
    // @end

    // @start region=fixed
    // The fix, like def test(x, ints=None): if ints is None: ints = []
    static List<Integer> testFixed(int x) {
        return test(x, new ArrayList<>());  // a new list on every call
    }
    // @end

    public static void main(String[] args) {
        // @start region=calls
        System.out.println("test(1)         -> " + test(1));
        // keeps the previous state
        System.out.println("test(2)         -> " + test(2));
        // explicit argument
        System.out.println("test(1, [])     -> " + test(1, new ArrayList<>()));
        // the shared list again
        System.out.println("test(3)         -> " + test(3));
        System.out.println("testFixed(1)    -> " + testFixed(1));
        System.out.println("testFixed(2)    -> " + testFixed(2));
        // @end
    }
}
