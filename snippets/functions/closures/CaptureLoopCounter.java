// notebake: compile-error=compiler.err.cant.ref.non.effectively.final.var
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/** A for-loop counter keeps changing, so a lambda may not capture it. */
public class CaptureLoopCounter {
    public static void main(String[] args) {
        List<IntSupplier> fs = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            fs.add(() -> i * i);
        }
        System.out.println(fs.size());
    }
}
