import java.util.Optional;
import java.util.function.IntSupplier;

/** Python's and/or return an operand, Java's && and || a boolean: we emulate and/or. */
public class AndOr {
    public static void main(String[] args) {
        System.out.println("(2 or 3) * (5 and 7) = "
                + or(() -> 2, () -> 3) * and(() -> 5, () -> 7));
        System.out.println("(0 or 3) * (0 and 7) = "
                + or(() -> 0, () -> 3) * and(() -> 0, () -> 7));
        String name = "";
        // name or "anonymous"
        String shown = Optional.of(name).filter(s -> !s.isEmpty()).orElse("anonymous");
        System.out.println("name or \"anonymous\" = " + shown);
    }

    // @start region=helpers
    /**
     * Python's "a or b" for ints: a if a is truthy (non-zero), else b; b is only
     * evaluated when needed.
     */
    static int or(IntSupplier a, IntSupplier b) {
        int first = a.getAsInt();
        return first != 0 ? first : b.getAsInt();
    }

    /** Python's "a and b" for ints: a if a is falsy (zero), else b. */
    static int and(IntSupplier a, IntSupplier b) {
        int first = a.getAsInt();
        return first == 0 ? first : b.getAsInt();
    }
    // @end
}
