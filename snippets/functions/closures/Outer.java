/** A returned lambda keeps the enclosing method's parameter value after it returns. */
public class Outer {

    // @start region=outer
    // Like def outer(x): def inner(): print(x); return inner
    static Runnable outer(int x) {
        // x outlives the call to outer
        return () -> System.out.println(x);
    }
    // @end

    public static void main(String[] args) {
        // @start region=calls
        Runnable print1 = outer(1);
        Runnable print2 = outer(2);
        print1.run();
        print2.run();
        // @end
    }
}
