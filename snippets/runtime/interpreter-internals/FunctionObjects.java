import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/** Lambdas and method references are objects created at run time. */
public class FunctionObjects {
    static int square(int x) {
        return x * x;
    }

    static IntUnaryOperator adder(int n) {
        return x -> x + n;                 // a new object capturing n on every call
    }

    public static void main(String[] args) {
        Map<String, IntUnaryOperator> table = new LinkedHashMap<>();
        // a method reference becomes an object
        table.put("square", FunctionObjects::square);
        table.put("negate", x -> -x);
        table.put("add10", adder(10));
        table.forEach((name, f) ->
                System.out.println(name + "(7) = " + f.applyAsInt(7)));

        List<IntUnaryOperator> adders = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            adders.add(adder(i));
        }
        System.out.println("adders differ: " + (adders.get(0) != adders.get(1))
                + ", results " + adders.get(0).applyAsInt(0)
                + " " + adders.get(2).applyAsInt(0));

        IntUnaryOperator f = table.get("negate");
        System.out.println("is an object: " + (f instanceof Object)
                + ", implements IntUnaryOperator: " + (f instanceof IntUnaryOperator)
                + ", class is hidden: " + f.getClass().isHidden());
        // functions have methods too
        IntUnaryOperator composed = f.andThen(table.get("square"));
        System.out.println("square(negate(3)) = " + composed.applyAsInt(3));
    }
}
