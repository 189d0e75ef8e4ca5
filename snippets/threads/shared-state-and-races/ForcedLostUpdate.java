import java.util.concurrent.CountDownLatch;

public class ForcedLostUpdate {

    static int num = 0;

    public static void main(String[] args) throws InterruptedException {
        CountDownLatch t1HasRead = new CountDownLatch(1);
        CountDownLatch t2HasWritten = new CountDownLatch(1);
        Thread t1 = new Thread(() -> {
            // t1 reads 0 ...
            int seen = num;
            t1HasRead.countDown();
            // ... is descheduled while t2 runs ...
            await(t2HasWritten);
            // ... and writes 0 + 1
            num = seen + 1;
        });
        Thread t2 = new Thread(() -> {
            await(t1HasRead);
            num = num + 1;                 // t2 reads 0, writes 1
            t2HasWritten.countDown();
        });
        t1.start();
        t2.start();
        t1.join();
        t2.join();
        System.out.println("two increments in the worst-case order: num = " + num);
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
