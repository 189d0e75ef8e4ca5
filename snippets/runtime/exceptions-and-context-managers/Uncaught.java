// notebake: exception=java.lang.IllegalStateException
// @start region=program
/** An uncaught exception ends the program with a stack trace on stderr, like a Python traceback. */
public class Uncaught {
    static void load(String name) {
        throw new IllegalStateException("cannot load " + name);
    }

    static void start() {
        load("settings.ini");
    }

    public static void main(String[] args) {
        System.out.println("starting");
        start();
        System.out.println("never printed");
    }
}
// @end
