import java.util.concurrent.CountDownLatch;

public class StartVisibility {

    // @start region=fields
    static class FaceJob {
        String before;                    // assigned before start()
        String after;                     // assigned after start()
        final CountDownLatch ready = new CountDownLatch(1);

        void getFaceResult() {            // the thread's target: an instance method
            System.out.println("before start(): " + before);
            try {
                ready.await();            // wait until main says "after is set"
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
        job.before = "1";                 // start() publishes this to the new thread
        t.start();
        job.after = "2";                  // a race with the thread ...
        job.ready.countDown();            // ... unless a synchronizer orders the two
        t.join();
        // @end
    }
}
