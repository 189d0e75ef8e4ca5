import java.util.concurrent.CountDownLatch;

public class DaemonAndCount {

    public static void main(String[] args) {
        System.out.println("live threads at start: " + Thread.activeCount());

        // @start region=daemons
        for (int i = 0; i < 5; i++) {
            Thread t = new Thread(() -> {
                pause(10_000);
                System.out.println("result: never printed");
            });
            // must be set before start()
            t.setDaemon(true);
            t.start();
        }
        // @end

        // @start region=singer
        CountDownLatch mainEnded = new CountDownLatch(1);
        Thread sing = new Thread(() -> {
            // (only to make the line order repeatable)
            await(mainEnded);
            for (int i = 0; i < 3; i++) {
                System.out.println("singing..." + i);
                pause(50);
            }
        }, "sing");
        // not a daemon: the JVM waits for it
        sing.start();
        // @end

        System.out.println("live threads now: " + Thread.activeCount());
        System.out.println("---end of main---");
        mainEnded.countDown();
    }

    static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
