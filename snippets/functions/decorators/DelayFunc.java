import java.time.Duration;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;

/**
 * A class-based decorator: any object that can be called can wrap a function. In Java
 * the "callable" is an object implementing a functional interface, here
 * IntBinaryOperator.
 */
public class DelayFunc implements IntBinaryOperator {

    // @start region=class
    private final Duration duration;
    private final IntBinaryOperator func;

    DelayFunc(Duration duration, IntBinaryOperator func) {
        this.duration = duration;
        this.func = func;
    }

    // like __call__: wait, then call
    @Override
    public int applyAsInt(int a, int b) {
        System.out.println("Wait for " + duration.toMillis() + " ms...");
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return func.applyAsInt(a, b);
    }

    int eagerCall(int a, int b) {  // the extra method: no delay
        System.out.println("Call without delay");
        return func.applyAsInt(a, b);
    }

    // Like delay(duration) returning functools.partial(DelayFunc, duration)
    static Function<IntBinaryOperator, DelayFunc> delay(Duration duration) {
        return func -> new DelayFunc(duration, func);
    }
    // @end

    public static void main(String[] args) {
        // @start region=calls
        DelayFunc add = delay(Duration.ofMillis(200)).apply((a, b) -> a + b);
        System.out.println("add is a " + add.getClass().getSimpleName());

        long start = System.nanoTime();
        System.out.println(add.applyAsInt(3, 5));
        long waitedMs = (System.nanoTime() - start) / 1_000_000;
        System.out.println("waited at least 180 ms: " + (waitedMs >= 180));

        System.out.println(add.eagerCall(3, 5));
        // @end
    }
}
