// notebake: compile-error=compiler.err.already.defined
import java.util.stream.IntStream;

/** A lambda parameter may not reuse the name of a local still in scope. */
public class LambdaParamShadow {
    public static void main(String[] args) {
        int i = 1;
        System.out.println(IntStream.range(0, 5).map(i -> i * i).sum());
    }
}
