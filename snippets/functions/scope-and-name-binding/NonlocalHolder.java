import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Java has no nonlocal: a lambda cannot rebind a local of the enclosing method. Sharing a
 * mutable holder gives the same effect, because the lambda changes the holder's contents.
 */
public class NonlocalHolder {

    // @start region=nonlocal
    // Exercise 1: def outer(): a_var = ...; def inner(): nonlocal a_var; a_var = 'inner value'
    static void outer() {
        AtomicReference<String> aVar = new AtomicReference<>("local value");
        System.out.println("outer before: " + aVar.get());
        Runnable inner = () -> {
            aVar.set("inner value");                   // changes the shared holder
            System.out.println("in inner(): " + aVar.get());
        };
        inner.run();
        System.out.println("outer after: " + aVar.get());
    }
    // @end

    // @start region=unbound
    // Classic case 1, fixed: the inner function extends the enclosing variable's value.
    static Supplier<String> outerFunc() {
        StringBuilder locVar = new StringBuilder("local variable");
        return () -> {
            locVar.append(" in inner func");           // mutate the object, never reassign the name
            return locVar.toString();
        };
    }
    // @end

    public static void main(String[] args) {
        outer();
        // @start region=calls
        Supplier<String> cloFunc = outerFunc();
        System.out.println(cloFunc.get());
        System.out.println(cloFunc.get());             // the state lives on between calls
        // @end
    }
}
