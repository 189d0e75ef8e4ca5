/**
 * The nearest declaration wins:
 * a local hides a field, a nested class hides a java.lang class.
 */
public class Shadowing {

    // @start region=shadow
    static String a = "global";
    private String x = "field x";

    // A nested class named Math hides java.lang.Math in this file,
    // as the note's local len() hides the built-in len inside outer().
    static final class Math {
        static int abs(int v) {
            System.out.print("called my abs(): ");
            return v < 0 ? -v : v;
        }
    }

    void show() {
        String x = "local x";  // a local shadows the field ...
        System.out.println(x);
        // ... which is still reachable as this.x
        System.out.println(this.x);
    }
    // @end

    public static void main(String[] args) {
        // @start region=calls
        String a = "local";  // shadows the static field a
        System.out.println("a is " + a);
        System.out.println("Shadowing.a is " + Shadowing.a);
        System.out.println(Math.abs(-14));  // the nested class
        // the real one, by its full name
        System.out.println(java.lang.Math.abs(-6));
        new Shadowing().show();
        // @end
    }
}
