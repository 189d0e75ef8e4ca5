import java.util.function.Supplier;

/** How Java resolves a simple name: local, captured local, field, then java.lang. */
public class LegbLookup {

    // @start region=legb
    static String g = "global (a static field)";

    static Supplier<String> enclose() {
        String e = "enclosing (a captured local)";
        return () -> {
            String l = "local";
            return l + "\n" + e + "\n" + g + "\n"
                    // java.lang is always imported
                    + "built-in: Integer is " + Integer.class.getName();
        };
    }
    // @end

    public static void main(String[] args) {
        System.out.println(enclose().get());
    }
}
