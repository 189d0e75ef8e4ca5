import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.function.IntBinaryOperator;

/** Choosing a function at run time: a conditional between two functions, and a dispatch table. */
public class Calculator {

    static int add(int a, int b) {
        return a + b;
    }

    static int subtract(int a, int b) {
        return a - b;
    }

    public static void main(String[] args) {
        // @start region=choose
        int a = 4, b = 5;
        IntBinaryOperator op = a > b ? Calculator::subtract : Calculator::add;
        System.out.println("(subtract if a > b else add)(4, 5) = " + op.applyAsInt(a, b));
        // @end

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

        DoubleBinaryOperator missing = action.get("%");  // Python: action['%'] raises KeyError
        System.out.println("action.get(\"%\") = " + missing);
        // @end
    }
}
