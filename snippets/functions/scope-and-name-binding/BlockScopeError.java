// notebake: compile-error=compiler.err.cant.resolve.location
/** A variable declared in a block does not exist after its closing brace. */
public class BlockScopeError {
    public static void main(String[] args) {
        for (int b = 0; b < 5; b++) {
            String message = "inside the loop";
        }
        System.out.println(b + " " + message);
    }
}
