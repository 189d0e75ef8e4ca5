import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Pool(5) + apply_async(Foo, callback=Bar), and which thread runs a callback. */
public class CallbackThreads {
    // @start region=foo
    // the task: runs on a pool thread
    static int foo(int i) {
        sleep(50);
        return i + 100;
    }
    // @end

    public static void main(String[] args) throws Exception {
        // @start region=pool
        ExecutorService pool = Executors.newFixedThreadPool(5, named("worker"));
        ExecutorService resultHandler =
                Executors.newSingleThreadExecutor(named("result-handler"));

        // touched only by the result-handler thread
        List<String> done = new ArrayList<>();
        Set<String> callbackThreads = new TreeSet<>();
        List<CompletableFuture<Void>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            int arg = i;
            calls.add(CompletableFuture
                    .supplyAsync(() -> foo(arg), pool)
                    // callback = Bar, one at a time
                    .thenAcceptAsync(result -> {
                        done.add("-->exec done: " + result);
                        callbackThreads.add(Thread.currentThread().getName());
                    }, resultHandler));
        }
        // submitting did not block
        System.out.println("end");

        CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0])).join();
        // completion order varies; sort for display
        done.sort(null);
        done.forEach(System.out::println);
        System.out.println("callbacks ran on: " + callbackThreads);
        // @end

        // @start region=plain
        // thenAccept (no Async) runs the callback on whichever thread completes it...
        CompletableFuture<Integer> pending = new CompletableFuture<>();
        pending.thenAccept(r -> System.out.println("callback for pending future on: "
                + Thread.currentThread().getName()));
        Thread completer = new Thread(() -> pending.complete(1), "completer");
        completer.start();
        completer.join();
        // ...or on the registering thread itself if the future is already complete
        CompletableFuture.completedFuture(2).thenAccept(r -> System.out.println(
                "callback for completed future on: "
                        + Thread.currentThread().getName()));
        // @end

        pool.shutdown();
        resultHandler.shutdown();
        pool.awaitTermination(5, TimeUnit.SECONDS);
        resultHandler.awaitTermination(5, TimeUnit.SECONDS);
    }

    static java.util.concurrent.ThreadFactory named(String prefix) {
        var n = new java.util.concurrent.atomic.AtomicInteger();
        return r -> new Thread(r, prefix + "-" + n.incrementAndGet());
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
