import java.util.function.UnaryOperator;

/** A parameterised decorator: greet in the caller's language, then run the function. */
public class SayHello {

    /** A function object with a name, like a Python function with __name__. */
    record Fn(String name, Runnable body) {
        void call() {
            body.run();
        }
    }

    // @start region=sayHello
    // Like def say_hello(country): def wrapper(func): def deco(): ...
    static UnaryOperator<Fn> sayHello(String country) {
        return func -> new Fn(func.name(), () -> {
            if (country.equals("china")) {
                System.out.println("你好!");
            } else if (country.equals("america")) {
                System.out.println("hello.");
            } else {
                return;  // unknown country: func is not called
            }
            func.call();
        });
    }
    // @end

    public static void main(String[] args) {
        // @start region=calls
        Fn xiaoming = sayHello("china").apply(new Fn("xiaoming", () -> { }));
        Fn jack = sayHello("america").apply(new Fn("jack", () -> { }));
        xiaoming.call();
        System.out.println("------------");
        jack.call();
        // @end
    }
}
