import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

public class ThreadStates {

    public static void main(String[] args) throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        Thread waiter = new Thread(() -> {
            try {
                release.await(5, TimeUnit.SECONDS);   // a timed wait, like sleep()
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        System.out.println("before start(): " + waiter.getState());
        waiter.start();
        while (waiter.getState() != Thread.State.TIMED_WAITING) {
            Thread.onSpinWait();                      // RUNNABLE until it reaches the wait
        }
        System.out.println("while waiting:  " + waiter.getState());
        release.countDown();
        waiter.join();
        System.out.println("after join():   " + waiter.getState());
    }
}
