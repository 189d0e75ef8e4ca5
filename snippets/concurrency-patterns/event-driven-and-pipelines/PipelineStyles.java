// notebake: mask=duration
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/** Items a, b, c, d each go through three dependent steps: four ways to do the work. */
public class PipelineStyles {
    static final List<String> ITEMS = List.of("a", "b", "c", "d");
    static final AtomicInteger step1Done = new AtomicInteger();
    static volatile boolean step2StartedEarly;

    // @start region=steps
    static String step1(String x) {
        work();
        step1Done.incrementAndGet();
        return x + "1";
    }
    static String step2(String x) {
        // some step 1 still unfinished
        if (step1Done.get() < ITEMS.size()) step2StartedEarly = true;
        work();
        return x + "2";
    }
    static String step3(String x) { work(); return x + "3"; }
    // @end

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);

        // @start region=none
        long t = System.nanoTime();
        List<String> plain = new ArrayList<>();
        for (String x : ITEMS) plain.add(step3(step2(step1(x))));
        report("no parallelism", plain, t);
        // @end

        // @start region=horizontal
        reset();
        t = System.nanoTime();
        // pool.map(step1, items)
        List<String> h = mapAll(pool, ITEMS, PipelineStyles::step1);
        // then pool.map(step2, ...)
        h = mapAll(pool, h, PipelineStyles::step2);
        // then pool.map(step3, ...)
        h = mapAll(pool, h, PipelineStyles::step3);
        report("horizontal (stage by stage)", h, t);
        System.out.println("   a step 2 started while a step 1 was unfinished: "
                + step2StartedEarly);
        // @end

        // @start region=vertical
        reset();
        t = System.nanoTime();
        List<CompletableFuture<String>> chains = new ArrayList<>();
        // apply_async(all three steps)
        for (String x : ITEMS) {
            chains.add(CompletableFuture.supplyAsync(() -> step1(x), pool)
                    .thenApply(PipelineStyles::step2)
                    .thenApply(PipelineStyles::step3));
        }
        List<String> vertical = chains.stream().map(CompletableFuture::join).toList();
        report("vertical (item by item)", vertical, t);
        // @end

        // @start region=queues
        reset();
        t = System.nanoTime();
        BlockingQueue<String> q1 = new LinkedBlockingQueue<>();
        BlockingQueue<String> q2 = new LinkedBlockingQueue<>();
        BlockingQueue<String> q3 = new LinkedBlockingQueue<>();
        BlockingQueue<String> done = new LinkedBlockingQueue<>();
        List<Thread> stages = List.of(
                stage(q1, q2, PipelineStyles::step1),
                stage(q2, q3, PipelineStyles::step2),
                stage(q3, done, PipelineStyles::step3));
        for (String x : ITEMS) q1.put(x);
        // end-of-production marker
        q1.put(END);
        for (Thread s : stages) s.join();
        List<String> out = new ArrayList<>(done);
        out.remove(END);
        report("producer-consumer (queues)", out, t);
        // @end

        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.SECONDS);
    }

    // @start region=stage
    // a unique object, compared with ==
    static final String END = new String("END");

    /** One thread per stage: take from in, process, put to out; pass END on, stop. */
    static Thread stage(BlockingQueue<String> in, BlockingQueue<String> out,
            UnaryOperator<String> step) {
        Thread t = new Thread(() -> {
            try {
                for (String x = in.take(); x != END; x = in.take()) {
                    out.put(step.apply(x));
                }
                out.put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        t.start();
        return t;
    }
    // @end

    static List<String> mapAll(ExecutorService pool, List<String> xs,
            UnaryOperator<String> step) throws Exception {
        List<Callable<String>> jobs = new ArrayList<>();
        for (String x : xs) jobs.add(() -> step.apply(x));
        List<String> out = new ArrayList<>();
        // invokeAll waits for the whole stage
        for (Future<String> f : pool.invokeAll(jobs)) out.add(f.get());
        return out;
    }

    static void report(String style, List<String> results, long startNanos) {
        long ms = (System.nanoTime() - startNanos) / 1_000_000;
        System.out.printf("%-29s %s  %d ms%n", style, results, ms);
    }

    static void reset() {
        step1Done.set(0);
        step2StartedEarly = false;
    }

    static void work() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
