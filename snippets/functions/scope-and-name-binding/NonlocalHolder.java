import java.util.concurrent.atomic.AtomicReference;

/**
 * Java has no nonlocal: a lambda cannot rebind a local of the enclosing method. Sharing
 * a mutable holder gives the same effect, because the lambda changes the holder's
 * contents.
 */
public class NonlocalHolder {

    // @start region=nonlocal
    // Exercise 1: def outer(): a_var = ...
    //                 def inner(): nonlocal a_var; a_var = 'inner value'
    static void outer() {
        AtomicReference<String> aVar = new AtomicReference<>("local value");
        System.out.println("outer before: " + aVar.get());
        Runnable inner = () -> {
            aVar.set("inner value");  // changes the shared holder
            System.out.println("in inner(): " + aVar.get());
        };
        inner.run();
        System.out.println("outer after: " + aVar.get());
    }
    // @end

    public static void main(String[] args) {
        outer();
    }
}
