// notebake: compile-error=compiler.err.cant.resolve.location
/** In Java a variable declared inside a block does not exist after the closing brace. */
public class BlockScopeError {
    public static void main(String[] args) {
        for (int b = 0; b < 5; b++) {
            String message = "inside the loop";
        }
        System.out.println(b + " " + message);
    }
}
