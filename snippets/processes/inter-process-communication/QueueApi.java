import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

public class QueueApi {

    public static void main(String[] args) throws InterruptedException {
        // Queue(maxsize=2)
        BlockingQueue<Integer> small = new ArrayBlockingQueue<>(2);
        // put_nowait
        System.out.println("offer 1: " + small.offer(1));
        System.out.println("offer 2: " + small.offer(2));
        // full: false, no exception
        System.out.println("offer 3: " + small.offer(3));
        System.out.println("offer 3, wait 50 ms: "
                + small.offer(3, 50, TimeUnit.MILLISECONDS));
        System.out.println("size " + small.size()
                + ", remaining capacity " + small.remainingCapacity());
        // get_nowait
        System.out.println("poll: " + small.poll() + ", poll: " + small.poll());
        // null
        System.out.println("poll when empty: " + small.poll());
        System.out.println("poll, wait 50 ms: "
                + small.poll(50, TimeUnit.MILLISECONDS));
    }
}
