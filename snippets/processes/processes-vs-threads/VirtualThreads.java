// notebake: release=21 mask=duration
import java.lang.management.ManagementFactory;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

public class VirtualThreads {

    public static void main(String[] args) throws Exception {
        // @start region=kinds
        Thread platform =
                Thread.ofPlatform().name("platform").start(VirtualThreads::describe);
        platform.join();
        Thread virtual =
                Thread.ofVirtual().name("virtual").start(VirtualThreads::describe);
        virtual.join();
        // @end

        // @start region=many
        int tasks = 10_000;
        AtomicInteger done = new AtomicInteger();
        int platformThreadsDuringRun;
        long t0 = System.nanoTime();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < tasks; i++) {
                executor.submit(() -> {
                    // parks the virtual thread, frees its carrier
                    Thread.sleep(200);
                    done.incrementAndGet();
                    return null;
                });
            }
            platformThreadsDuringRun =
                    ManagementFactory.getThreadMXBean().getThreadCount();
        // close() waits for every task
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("tasks finished: " + done.get());
        System.out.println("elapsed: " + ms + " ms (one after another: 2000 s)");
        // carriers (one per core by default) plus the JVM's own threads
        boolean few = platformThreadsDuringRun < 1_000;
        System.out.println("fewer than 1000 platform threads carried them: " + few);
        // @end
    }

    static void describe() {
        Thread me = Thread.currentThread();
        System.out.println(me.getName() + ": isVirtual=" + me.isVirtual()
                + ", isDaemon=" + me.isDaemon());
    }
}
