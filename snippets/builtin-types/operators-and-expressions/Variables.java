import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Static types on variables, numeric literals, rounding and range edge cases. */
public class Variables {
    public static void main(String[] args) {
        // @start region=types
        var list = List.of(1, 2, 3);             // the compiler infers List<Integer>
        // list = "Runoob";                      // does not compile: the type is fixed
        Object anything = list;                  // type Object: refers to any object
        System.out.println(anything + " is a List: " + (anything instanceof List));
        anything = "Runoob";
        System.out.println(anything + " is a String: " + (anything instanceof String));
        // @end

        // @start region=literals
        System.out.println("0x1F = " + 0x1F + ", 0b101 = " + 0b101 + ", 017 = " + 017
                + ", 1_000_000 = " + 1_000_000);
        System.out.println("'a' is a char, \"a\" is a String: " + ('a' + 1)
                + " vs " + ("a" + 1));
        // @end

        // @start region=round
        System.out.println("Math.round(3.14159 * 100) / 100.0 = "
                + Math.round(3.14159 * 100) / 100.0);
        System.out.println("BigDecimal 3.14159 to 2 places   = "
                + new BigDecimal("3.14159").setScale(2, RoundingMode.HALF_EVEN));
        System.out.println("String.format(\"%.2f\", 3.14159)  = "
                + String.format("%.2f", 3.14159));
        // @end

        // @start region=ranges
        System.out.println("range(2, 2) = " + range(2, 2));
        System.out.println("range(0, 1) = " + range(0, 1));
        System.out.println("range(1, 0) = " + range(1, 0));
        List<Integer> countdown = IntStream.iterate(1, i -> i > 0, i -> i - 1)
                .boxed().collect(Collectors.toList());
        System.out.println("range(1, 0, -1) = " + countdown);
        // @end
    }

    static List<Integer> range(int start, int end) {
        return IntStream.range(start, end).boxed().collect(Collectors.toList());
    }
}
