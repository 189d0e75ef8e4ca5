import java.util.function.UnaryOperator;

/** A decorator with its own argument: a method that returns the decorator. */
public class LogWithText {

    /** A function object with a name, like a Python function with __name__. */
    record Fn(String name, Runnable body) {
        void call() {
            body.run();
        }
    }

    // @start region=logWithText
    // Like def log(text):
    //          def decorator(func): @functools.wraps(func) def wrapper(): ...
    static UnaryOperator<Fn> log(String text) {
        // keeps func's name, like functools.wraps
        return func -> new Fn(func.name(), () -> {
            System.out.println(text + " " + func.name() + "():");
            func.call();
        });
    }
    // @end

    public static void main(String[] args) {
        // @start region=decorate
        Fn now = new Fn("now", () -> System.out.println("2019-4-4"));
        now = log("execute").apply(now);  // now = log('execute')(now)
        now.call();
        System.out.println("now.name() = " + now.name());
        // @end
    }
}
