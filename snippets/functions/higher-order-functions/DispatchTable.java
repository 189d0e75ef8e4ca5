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

        double r = action.get("-").applyAsDouble(50, 25);
        System.out.println("action[\"-\"](50, 25) = " + r);
        for (Map.Entry<String, DoubleBinaryOperator> e : action.entrySet()) {
            double result = e.getValue().applyAsDouble(7, 2);
            System.out.println("7 " + e.getKey() + " 2 = " + result);
        }

        // Python: action['%'] raises KeyError
        DoubleBinaryOperator missing = action.get("%");
        System.out.println("action.get(\"%\") = " + missing);
        // @end
    }
}
