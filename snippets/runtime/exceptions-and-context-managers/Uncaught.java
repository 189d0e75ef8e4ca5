// notebake: exception=java.lang.IllegalStateException
// @start region=program
/** An uncaught exception ends the program with a Python-like traceback on stderr. */
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
