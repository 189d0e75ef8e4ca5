import java.util.concurrent.CountDownLatch;

public class StartVisibility {

    // @start region=fields
    static class FaceJob {
        String before;                    // assigned before start()
        String after;                     // assigned after start()
        final CountDownLatch ready = new CountDownLatch(1);

        // the thread's target: an instance method
        void getFaceResult() {
            System.out.println("before start(): " + before);
            try {
                // wait until main says "after is set"
                ready.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.out.println("after start(), read after the latch: " + after);
        }
    }
    // @end

    public static void main(String[] args) throws InterruptedException {
        // @start region=main
        FaceJob job = new FaceJob();
        Thread t = new Thread(job::getFaceResult);
        // start() publishes this to the new thread
        job.before = "1";
        t.start();
        // a race with the thread, unless a synchronizer orders the two:
        job.after = "2";
        job.ready.countDown();
        t.join();
        // @end
    }
}
