// notebake: compile-error=compiler.err.varargs.must.be.last
/** Java's one ordering rule for parameters: varargs must come last. */
public class VarargsNotLast {
    static int calc(int... numbers, String label) {
        return numbers.length;
    }

    public static void main(String[] args) {
        System.out.println(calc(1, 2, 3, "three numbers"));
    }
}
