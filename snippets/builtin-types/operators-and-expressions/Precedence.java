/** Precedence cases where Java and Python agree, and where they differ. */
public class Precedence {
    public static void main(String[] args) {
        System.out.println("1 + 2 * 3       = " + (1 + 2 * 3));
        System.out.println("(1 + 2) * 3     = " + ((1 + 2) * 3));
        System.out.println("-Math.pow(2, 2) = " + -Math.pow(2, 2)
                + "   (Python: -2 ** 2 == -4)");
        System.out.println("1 << 2 + 1      = " + (1 << 2 + 1)
                + "   (+ binds tighter than <<, as in Python)");
        System.out.println("6 & 3 | 8       = " + (6 & 3 | 8) + "  (& before |)");
        System.out.println("(5 & 3) == 1    = " + ((5 & 3) == 1)
                + " (parentheses needed: == binds tighter than & in Java)");
        int x = 5;
        System.out.println("1 < x && x < 10 = " + (1 < x && x < 10)
                + " (Python: 1 < x < 10)");
        System.out.println("true || false && false = " + (true || false && false)
                + " (&& before ||)");
        System.out.println("!true == false  = " + (!true == false)
                + " (! binds tightest)");
        int y;
        int z = y = 3;      // assignment is an expression, right-associative
        System.out.println("z = y = 3       -> z = " + z + ", y = " + y);
    }
}
