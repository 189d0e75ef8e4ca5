import java.util.function.IntBinaryOperator;

/** Choosing a function with a conditional expression and calling it. */
public class ChooseFunction {

    static int add(int a, int b) {
        return a + b;
    }

    static int subtract(int a, int b) {
        return a - b;
    }

    public static void main(String[] args) {
        // @start region=choose
        int a = 4, b = 5;
        IntBinaryOperator op = a > b ? ChooseFunction::subtract : ChooseFunction::add;
        System.out.println("(subtract if a > b else add)(4, 5) = "
                + op.applyAsInt(a, b));
        // @end
    }
}
