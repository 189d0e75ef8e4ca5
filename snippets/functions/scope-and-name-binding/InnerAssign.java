// notebake: compile-error=compiler.err.cant.ref.non.effectively.final.var
import java.util.function.Supplier;

/** Classic case 1 in Java: a lambda may not assign an enclosing local. */
public class InnerAssign {
    static Supplier<String> outerFunc() {
        String locVar = "local variable";
        return () -> {
            locVar += " in inner func";
            return locVar;
        };
    }

    public static void main(String[] args) {
        System.out.println(outerFunc().get());
    }
}
