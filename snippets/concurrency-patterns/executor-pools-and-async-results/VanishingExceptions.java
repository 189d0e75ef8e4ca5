import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** An exception thrown inside a pool task is stored in its Future, not printed. */
public class VanishingExceptions {
    static int zero() {
        return 0;
    }

    public static void main(String[] args) throws Exception {
        // @start region=demo
        // @start region=submit
        ExecutorService pool = Executors.newFixedThreadPool(2);
        // throws ArithmeticException
        Future<Integer> future = pool.submit(() -> 10 / zero());
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println("task finished, nothing was printed; isDone() = "
                + future.isDone());

        try {
            // the exception surfaces only here
            future.get();
        } catch (ExecutionException e) {
            System.out.println("get() threw ExecutionException, cause: "
                    + e.getCause());
        }
        // @end

        // @start region=execute
        // execute() (no Future) lets the exception reach the uncaught-exception handler
        CountDownLatch reported = new CountDownLatch(1);
        ExecutorService loud = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "loud-worker");
            t.setUncaughtExceptionHandler((thread, ex) -> {
                System.out.println("uncaught in " + thread.getName() + ": " + ex);
                reported.countDown();
            });
            return t;
        });
        loud.execute(() -> { throw new IllegalStateException("boom in execute"); });
        reported.await(5, TimeUnit.SECONDS);
        loud.shutdown();
        // @end

        // @start region=cf
        // CompletableFuture: handle the failure in the pipeline itself
        String outcome = CompletableFuture
                .supplyAsync(() -> Integer.parseInt("forty-two"))
                .thenApply(n -> "parsed " + n)
                .exceptionally(ex ->
                        "failed: " + ex.getCause().getClass().getSimpleName())
                .join();
        System.out.println(outcome);
        // @end
        // @end
        loud.awaitTermination(5, TimeUnit.SECONDS);
    }
}
