import java.util.function.IntSupplier;

/** A decorator is a function that takes a function and returns a replacement for it. */
public class OuterWrapper {

    // @start region=outer
    // Like def outer(some_func):
    //          def inner(): print('before some_func'); return some_func() + 1
    static IntSupplier outer(IntSupplier someFunc) {
        return () -> {
            System.out.println("before some_func");
            int ret = someFunc.getAsInt();
            return ret + 1;
        };
    }
    // @end

    public static void main(String[] args) {
        // @start region=calls
        IntSupplier foo = () -> 1;
        IntSupplier decorated = outer(foo);
        System.out.println(decorated.getAsInt());
        foo = outer(foo);  // replace foo by its decorated version
        System.out.println(foo.getAsInt());
        // @end
    }
}
