import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;

/** A map from operator symbols to functions replaces an if-else chain. */
public class DispatchTable {

    public static void main(String[] args) {
        // @start region=table
        Map<String, DoubleBinaryOperator> action = new LinkedHashMap<>();
        action.put("+", Double::sum);
        action.put("-", (x, y) -> x - y);
        action.put("/", (x, y) -> x / y);
        action.put("*", (x, y) -> x * y);
        action.put("**", Math::pow);

        System.out.println("action[\"-\"](50, 25) = " + action.get("-").applyAsDouble(50, 25));
        for (Map.Entry<String, DoubleBinaryOperator> e : action.entrySet()) {
            System.out.println("7 " + e.getKey() + " 2 = " + e.getValue().applyAsDouble(7, 2));
        }

        // Python: action['%'] raises KeyError
        DoubleBinaryOperator missing = action.get("%");
        System.out.println("action.get(\"%\") = " + missing);
        // @end
    }
}
