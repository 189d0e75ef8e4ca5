import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Java counterparts of Pool.map, Pool.apply, Pool.map_async and Pool.apply_async. */
public class FourWays {
    static final AtomicInteger running = new AtomicInteger();
    static final AtomicInteger mostAtOnce = new AtomicInteger();

    static int square(int x) {
        int now = running.incrementAndGet();
        mostAtOnce.accumulateAndGet(now, Math::max);
        try {
            Thread.sleep(20);                       // pretend to work
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        running.decrementAndGet();
        return x * x;
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);

        // @start region=map
        // map: one function over an iterable; blocks; results in argument order
        List<Callable<Integer>> jobs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            // effectively final copy for the lambda
            int x = i;
            jobs.add(() -> square(x));
        }
        List<Integer> mapped = new ArrayList<>();
        // returns when all are done
        for (Future<Integer> f : pool.invokeAll(jobs)) {
            mapped.add(f.get());
        }
        System.out.println("map        (invokeAll):       " + mapped);
        // @end

        // @start region=apply
        // apply: submit one call and wait for it, so the calls run one after another
        mostAtOnce.set(0);
        List<Integer> applied = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            int x = i;
            // apply == apply_async(...).get()
            applied.add(pool.submit(() -> square(x)).get());
        }
        System.out.println("apply      (submit().get()):  " + applied
                + "  most at once: " + mostAtOnce.get());
        // @end

        // @start region=map_async
        // map_async: returns at once; one future for the whole ordered list
        List<CompletableFuture<Integer>> parts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            int x = i;
            parts.add(CompletableFuture.supplyAsync(() -> square(x), pool));
        }
        CompletableFuture<List<Integer>> all = CompletableFuture
                .allOf(parts.toArray(new CompletableFuture<?>[0]))
                .thenApply(done ->
                        parts.stream().map(CompletableFuture::join).toList());
        System.out.println("map_async  (allOf):           " + all.get());
        // @end

        // @start region=apply_async
        // apply_async with a callback: each result is appended when its task finishes
        List<Integer> logged = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch[] turn = reverseCompletionOrder(10);
        ExecutorService wide = Executors.newFixedThreadPool(10);
        List<CompletableFuture<Void>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            int x = i;
            calls.add(CompletableFuture
                    .supplyAsync(() -> { await(turn[x]); return x * x; }, wide)
                    // callback = log_result
                    .thenAccept(result -> {
                        logged.add(result);
                        // let the next task finish
                        if (x > 0) turn[x - 1].countDown();
                    }));
        }
        CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0])).join();
        System.out.println("apply_async (callbacks):      " + logged);
        // @end

        pool.shutdown();
        wide.shutdown();
        pool.awaitTermination(5, TimeUnit.SECONDS);
        wide.awaitTermination(5, TimeUnit.SECONDS);
    }

    /** Latches that force tasks to finish 9, 8, ..., 0 so the output is repeatable. */
    static CountDownLatch[] reverseCompletionOrder(int n) {
        CountDownLatch[] turn = new CountDownLatch[n];
        for (int i = 0; i < n; i++) {
            turn[i] = new CountDownLatch(1);
        }
        turn[n - 1].countDown();                    // the last task may finish first
        return turn;
    }

    static void await(CountDownLatch latch) {
        try {
            if (!latch.await(3, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
