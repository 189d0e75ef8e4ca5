// notebake: compile-error=compiler.err.types.incompatible
/** Two interfaces supply the same default method: Java will not pick one. */
public class DefaultClash {
    interface Displayer {
        default void display(String message) {
            System.out.println(message);
        }
    }

    interface LoggerMixin {
        default void display(String message) {
            System.out.println("log: " + message);
        }
    }

    static class MySubClass implements LoggerMixin, Displayer { }

    public static void main(String[] args) {
        new MySubClass().display("hello");
    }
}
