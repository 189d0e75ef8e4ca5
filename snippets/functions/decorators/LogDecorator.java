import java.util.function.UnaryOperator;

/**
 * Decorators as higher-order functions. Java function objects have no __name__, so this
 * snippet carries the name in a tiny record, Fn, which makes the functools.wraps story visible.
 */
public class LogDecorator {

    // @start region=fn
    /** A function object with a name, like a Python function with __name__. */
    record Fn(String name, Runnable body) {
        void call() {
            body.run();
        }
    }
    // @end

    // @start region=log
    // Like def log(func): def wrapper(): print('call %s():' % func.__name__); return func()
    static Fn log(Fn func) {
        return new Fn("wrapper", () -> {
            System.out.println("call " + func.name() + "():");
            func.call();
        });
    }
    // @end

    // @start region=logWithText
    // Like def log(text): def decorator(func): @functools.wraps(func) def wrapper(): ...
    static UnaryOperator<Fn> log(String text) {
        return func -> new Fn(func.name(), () -> {      // keeps func's name, like functools.wraps
            System.out.println(text + " " + func.name() + "():");
            func.call();
        });
    }
    // @end

    // @start region=sayHello
    // Like def say_hello(country): def wrapper(func): def deco(): ...
    static UnaryOperator<Fn> sayHello(String country) {
        return func -> new Fn(func.name(), () -> {
            if (country.equals("china")) {
                System.out.println("你好!");
            } else if (country.equals("america")) {
                System.out.println("hello.");
            } else {
                return;                                  // unknown country: func is not called
            }
            func.call();
        });
    }
    // @end

    public static void main(String[] args) {
        // @start region=objects
        Fn now = new Fn("now", () -> System.out.println("2019-4-4"));
        Fn f = now;                                      // a function is a value: f = now
        f.call();
        System.out.println("now.name() = " + now.name());
        // @end

        // @start region=decorate
        now = log(now);                                  // what @log does: now = log(now)
        now.call();
        System.out.println("now.name() = " + now.name());
        // @end

        // @start region=decorateWithText
        Fn now2 = new Fn("now", () -> System.out.println("2019-4-4"));
        now2 = log("execute").apply(now2);               // now = log('execute')(now)
        now2.call();
        System.out.println("now.name() = " + now2.name());
        // @end

        // @start region=sayHelloCalls
        Fn xiaoming = sayHello("china").apply(new Fn("xiaoming", () -> { }));
        Fn jack = sayHello("america").apply(new Fn("jack", () -> { }));
        xiaoming.call();
        System.out.println("------------");
        jack.call();
        // @end
    }
}
