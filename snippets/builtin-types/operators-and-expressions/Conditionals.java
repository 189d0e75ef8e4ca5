import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Python's alternative conditional expressions and their Java counterparts. */
public class Conditionals {
    public static void main(String[] args) {
        int age = 18;

        // @start region=ternary
        String msg1 = age > 18 ? "已成年" : "未成年";   // x if c else y
        System.out.println("ternary:          " + msg1);
        // @end

        // @start region=lookup
        Map<Boolean, String> byCondition =
                Map.of(true, "已成年", false, "未成年");
        System.out.println("Map<Boolean, ..>: " + byCondition.get(age > 18));

        String[] pair = {"未成年", "已成年"};   // index 0 = false, 1 = true
        System.out.println("array index:      " + pair[age > 18 ? 1 : 0]);

        List<Supplier<String>> lazy = List.of(() -> "未成年", () -> "已成年");
        System.out.println("Supplier list:    " + lazy.get(age > 18 ? 1 : 0).get());
        // @end

        // @start region=optional
        String msg2 = Optional.of(age).filter(a -> a > 18)
                .map(a -> "已成年").orElse("未成年");
        System.out.println("Optional:         " + msg2);
        // @end
    }
}
