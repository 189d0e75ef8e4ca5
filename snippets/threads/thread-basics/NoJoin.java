import java.util.concurrent.CountDownLatch;

public class NoJoin {

    public static void main(String[] args) {
        CountDownLatch mainPrinted = new CountDownLatch(1);
        Thread late = new Thread(() -> {
            try {
                // makes the "no join" order repeatable
                mainPrinted.await();
            } catch (InterruptedException e) {
                return;
            }
            System.out.println("LateThread: main did not wait for me");
        }, "LateThread");
        late.start();
        System.out.println("main: started LateThread, not joining it, main ends");
        mainPrinted.countDown();
    }
}
