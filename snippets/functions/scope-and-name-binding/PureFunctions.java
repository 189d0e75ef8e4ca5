/** Changing shared state from a method vs passing values in and returning results. */
public class PureFunctions {

    // @start region=pure
    static int total = 0;  // shared, "global" state

    // works through a side effect: hard to follow
    static void addToTotal(int n) {
        total += n;
    }

    // the note's advice: pass in, return the result
    static int add(int current, int n) {
        return current + n;
    }
    // @end

    public static void main(String[] args) {
        // @start region=calls
        addToTotal(5);
        addToTotal(7);
        System.out.println("total via side effects: " + total);
        int sum = add(add(0, 5), 7);
        System.out.println("sum via return values:  " + sum);
        // @end
    }
}
