import java.math.BigInteger;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class CallableResult {

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<BigInteger> f = pool.submit(() -> BigInteger.valueOf(8).pow(20));
            // get() waits, like join()
            System.out.println("Callable result: " + f.get());
        } finally {
            pool.shutdown();
        }
    }
}
