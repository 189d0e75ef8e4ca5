import java.util.function.IntUnaryOperator;

/**
 * __call__ becomes a functional interface;
 * __getattr__ has no hook, only an explicit lookup method.
 */
public class CallableAndGetattr {

    // @start region=callable
    // __call__: an instance that can be "called". In Java: an object that
    // implements a functional interface.
    static final class Adder implements IntUnaryOperator {
        private final int amount;

        Adder(int amount) {
            this.amount = amount;
        }

        @Override
        public int applyAsInt(int x) {
            return x + amount;
        }
    }
    // @end

    // @start region=getattr
    // __getattr__ runs only for names that normal lookup does not find.
    // Java has no such hook: an unknown field is a compile error.
    // The nearest thing is an explicit lookup method.
    static final class Student {
        final String name = "Michael";

        Object attr(String attrName) {
            return switch (attrName) {
                case "name" -> name;  // found the normal way
                case "score" -> 99;  // computed on demand
                default -> throw new IllegalArgumentException(
                        "'Student' object has no attribute '" + attrName + "'");
            };
        }
    }
    // @end

    public static void main(String[] args) {
        // @start region=calls
        Adder addFive = new Adder(5);
        System.out.println("addFive(10) = " + addFive.applyAsInt(10));

        Student s = new Student();
        System.out.println("name = " + s.attr("name") + ", score = " + s.attr("score"));
        try {
            s.attr("age");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        // @end
    }
}
