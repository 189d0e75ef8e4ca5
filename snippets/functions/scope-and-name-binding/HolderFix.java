import java.util.function.Supplier;

/** Classic case 1, fixed: the inner function changes an object, never the variable. */
public class HolderFix {

    // @start region=fix
    static Supplier<String> outerFunc() {
        StringBuilder locVar = new StringBuilder("local variable");
        return () -> {
            // mutate the object, never reassign the name
            locVar.append(" in inner func");
            return locVar.toString();
        };
    }
    // @end

    public static void main(String[] args) {
        // @start region=calls
        Supplier<String> cloFunc = outerFunc();
        System.out.println(cloFunc.get());
        // the state lives on between calls
        System.out.println(cloFunc.get());
        // @end
    }
}
