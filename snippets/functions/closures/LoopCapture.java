import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Closures created in a loop. Java lambdas capture the VALUE of an effectively final
 * local, so each lambda keeps the value of its own iteration. Python closures capture
 * the VARIABLE and read it when called; sharing one mutable box reproduces that
 * behaviour in Java.
 */
public class LoopCapture {

    // @start region=count
    // Like count() returning f1, f2, f3 that compute i * i
    static List<IntSupplier> count() {
        List<IntSupplier> fs = new ArrayList<>();
        // a fresh, effectively final i per iteration
        for (int i : new int[] {1, 2, 3}) {
            fs.add(() -> i * i);
        }
        return fs;
    }
    // @end

    // @start region=multipliers
    // Like [lambda x: i * x for i in range(4)]
    static List<IntUnaryOperator> multipliers() {
        return IntStream.range(0, 4)
                .mapToObj(i -> (IntUnaryOperator) x -> i * x)
                .collect(Collectors.toList());
    }
    // @end

    // @start region=late
    // What Python does: every lambda reads ONE shared variable when it is called.
    static List<IntUnaryOperator> lateBindingMultipliers() {
        int[] i = new int[1];  // one box shared by all lambdas
        List<IntUnaryOperator> ms = new ArrayList<>();
        for (int value = 0; value < 4; value++) {
            i[0] = value;  // rebinding, like Python's for i in range(4)
            // reads the box when called, not now
            ms.add(x -> i[0] * x);
        }
        return ms;  // the box now holds 3, the last value
    }
    // @end

    static List<Integer> applyAll(List<IntUnaryOperator> fs, int x) {
        return fs.stream().map(f -> f.applyAsInt(x)).collect(Collectors.toList());
    }

    public static void main(String[] args) {
        // @start region=calls
        List<IntSupplier> fs = count();
        System.out.println("f1(), f2(), f3() = " + fs.get(0).getAsInt() + ", "
                + fs.get(1).getAsInt() + ", " + fs.get(2).getAsInt());
        System.out.println("multipliers, each applied to 2:   "
                + applyAll(multipliers(), 2));
        System.out.println("shared box, each applied to 2:    "
                + applyAll(lateBindingMultipliers(), 2));
        // @end
    }
}
