/**
 * Literals and constant expressions are interned; strings built at run time are not,
 * until intern().
 */
public class Interning {
    public static void main(String[] args) {
        String literal = "hello";
        String part = "hel";
        String runtime = part + "lo";    // built at run time: a new object
        String constant = "hel" + "lo";  // constant expression: folded and interned
        System.out.println("literal == constant:          " + (literal == constant));
        System.out.println("literal == runtime:           " + (literal == runtime));
        System.out.println("literal.equals(runtime):      " + literal.equals(runtime));
        System.out.println("literal == runtime.intern():  "
                + (literal == runtime.intern()));
        System.out.println("new String(literal) == literal: "
                + (new String(literal) == literal));
    }
}
