// notebake: mask=duration
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The note's crawler benchmark in miniature: 10 simulated downloads of 30 ms each, run
 * six ways.
 */
public class MiniBenchmark {
    static final int JOBS = 10;
    static final int DOWNLOAD_MS = 30;

    // @start region=job
    // stands in for an HTTP request: waits, uses no CPU
    static String download(int url) {
        try {
            Thread.sleep(DOWNLOAD_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "page" + url;
    }
    // @end

    interface Style {
        List<String> run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        // @start region=styles
        time("sequential", JOBS, () -> {
            List<String> pages = new ArrayList<>();
            for (int u = 0; u < JOBS; u++) pages.add(download(u));
            return pages;
        });
        time("thread per task (thread_multi)", 1, () -> {
            String[] pages = new String[JOBS];
            List<Thread> threads = new ArrayList<>();
            for (int u = 0; u < JOBS; u++) {
                int url = u;
                threads.add(new Thread(() -> pages[url] = download(url)));
            }
            for (Thread t : threads) t.start();
            // join() also makes pages[] visible here
            for (Thread t : threads) t.join();
            return List.of(pages);
        });
        time("pool of 2, invokeAll (thread_map)", 5, () -> viaInvokeAll(2));
        time("pool of 2, submit (thread_async)", 5, () -> viaSubmit(2));
        time("pool of 10, invokeAll", 1, () -> viaInvokeAll(10));
        time("pool of 10, CompletableFuture", 1, () -> {
            ExecutorService pool = Executors.newFixedThreadPool(10);
            List<CompletableFuture<String>> fs = new ArrayList<>();
            for (int u = 0; u < JOBS; u++) {
                int url = u;
                fs.add(CompletableFuture.supplyAsync(() -> download(url), pool));
            }
            List<String> pages = fs.stream().map(CompletableFuture::join).toList();
            pool.shutdown();
            return pages;
        });
        // @end
    }

    static List<String> viaInvokeAll(int workers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<Callable<String>> jobs = new ArrayList<>();
        for (int u = 0; u < JOBS; u++) {
            int url = u;
            jobs.add(() -> download(url));
        }
        List<String> pages = new ArrayList<>();
        for (Future<String> f : pool.invokeAll(jobs)) pages.add(f.get());
        pool.shutdown();
        return pages;
    }

    static List<String> viaSubmit(int workers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<Future<String>> futures = new ArrayList<>();
        for (int u = 0; u < JOBS; u++) {
            int url = u;
            futures.add(pool.submit(() -> download(url)));
        }
        List<String> pages = new ArrayList<>();
        for (Future<String> f : futures) pages.add(f.get());
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.SECONDS);
        return pages;
    }

    // @start region=time
    /** rounds: how many downloads run one after another (10 jobs, 2 workers: 5). */
    static void time(String name, int rounds, Style style) throws Exception {
        long start = System.nanoTime();
        List<String> pages = style.run();
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("%-34s %d pages, floor %2d x %d ms, took %d ms%n",
                name, pages.size(), rounds, DOWNLOAD_MS, ms);
    }
    // @end
}
