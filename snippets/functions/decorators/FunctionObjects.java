/**
 * Functions as values. Java function objects have no __name__, so the decorator
 * snippets carry the name in a tiny record, Fn, which makes the functools.wraps story
 * visible.
 */
public class FunctionObjects {

    // @start region=fn
    /** A function object with a name, like a Python function with __name__. */
    record Fn(String name, Runnable body) {
        void call() {
            body.run();
        }
    }
    // @end

    public static void main(String[] args) {
        // @start region=objects
        Fn now = new Fn("now", () -> System.out.println("2019-4-4"));
        Fn f = now;  // a function is a value: f = now
        f.call();
        System.out.println("now.name() = " + now.name());
        // @end
    }
}
