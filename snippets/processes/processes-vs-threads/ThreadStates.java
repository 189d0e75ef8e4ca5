import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

public class ThreadStates {

    public static void main(String[] args) throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        Thread waiter = new Thread(() -> {
            try {
                // a timed wait, like sleep(); main releases it long before
                release.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        System.out.println("before start(): " + waiter.getState());
        waiter.start();
        while (waiter.getState() != Thread.State.TIMED_WAITING) {
            // RUNNABLE until it reaches the wait
            Thread.onSpinWait();
        }
        System.out.println("while waiting:  " + waiter.getState());
        release.countDown();
        waiter.join();
        System.out.println("after join():   " + waiter.getState());
    }
}
