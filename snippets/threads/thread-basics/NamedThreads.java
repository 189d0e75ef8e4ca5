import java.util.concurrent.CountDownLatch;

public class NamedThreads {

    // @start region=loop
    static void loop() {
        String me = Thread.currentThread().getName();
        System.out.println("thread " + me + " is running...");
        for (int n = 1; n <= 5; n++) {
            System.out.println("thread " + me + " >>> " + n);
            sleep(20);
        }
        System.out.println("thread " + me + " ended.");
    }
    // @end

    public static void main(String[] args) throws InterruptedException {
        // @start region=join
        System.out.println("thread " + Thread.currentThread().getName() + " is running...");
        Thread t = new Thread(NamedThreads::loop, "LoopThread");
        System.out.println("alive before start(): " + t.isAlive());
        t.start();
        t.join();                                      // wait here until LoopThread has ended
        System.out.println("alive after join(): " + t.isAlive());
        System.out.println("thread " + Thread.currentThread().getName() + " ended.");
        // @end

        // @start region=names
        Thread a = new Thread(() -> { });
        Thread b = new Thread(() -> { });
        System.out.println("unnamed threads get: " + a.getName() + ", " + b.getName());
        // @end

        // @start region=nojoin
        CountDownLatch mainPrinted = new CountDownLatch(1);
        Thread late = new Thread(() -> {
            await(mainPrinted);                        // makes the "no join" order repeatable
            System.out.println("LateThread: main did not wait for me");
        }, "LateThread");
        late.start();
        System.out.println("main: started LateThread, not joining it");
        mainPrinted.countDown();
        // @end
    }

    static void sleep(long ms) {
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
