/** A decorator is a method that takes a function and returns a wrapper around it. */
public class LogDecorator {

    /** A function object with a name, like a Python function with __name__. */
    record Fn(String name, Runnable body) {
        void call() {
            body.run();
        }
    }

    // @start region=log
    // Like def log(func):
    //          def wrapper(): print('call %s():' % func.__name__); return func()
    static Fn log(Fn func) {
        return new Fn("wrapper", () -> {
            System.out.println("call " + func.name() + "():");
            func.call();
        });
    }
    // @end

    public static void main(String[] args) {
        // @start region=decorate
        Fn now = new Fn("now", () -> System.out.println("2019-4-4"));
        now = log(now);  // what @log does: now = log(now)
        now.call();
        System.out.println("now.name() = " + now.name());
        // @end
    }
}
