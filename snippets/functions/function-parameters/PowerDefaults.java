/**
 * Positional parameters and default values. Java binds arguments strictly by position,
 * and has no default values: an overload that delegates to the full method plays that
 * role.
 */
public class PowerDefaults {

    // @start region=power
    // The full method: both parameters are required and bound in order.
    static long power(long x, int n) {
        long result = 1;
        for (int i = 0; i < n; i++) {
            result *= x;
        }
        return result;
    }

    // The "default" n = 2 is a second, shorter overload that fills it in.
    static long power(long x) {
        return power(x, 2);
    }
    // @end

    public static void main(String[] args) {
        // @start region=calls
        // positional: x = 5, n = 2
        System.out.println("power(5, 2) = " + power(5, 2));
        // the overload supplies n = 2
        System.out.println("power(5)    = " + power(5));
        System.out.println("power(5, 3) = " + power(5, 3));
        // order matters: x = 3, n = 5
        System.out.println("power(3, 5) = " + power(3, 5));
        // @end
    }
}
