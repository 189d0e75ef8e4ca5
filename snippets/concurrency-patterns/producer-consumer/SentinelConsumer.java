import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/** One producer, one consumer, and a sentinel value that tells the consumer to stop. */
public class SentinelConsumer {
    // @start region=main
    // the sentinel ("None" in the note)
    static final Integer DONE = Integer.valueOf(-1);

    public static void main(String[] args) throws InterruptedException {
        // small: put() blocks when full
        BlockingQueue<Integer> q = new ArrayBlockingQueue<>(2);

        Thread consumer = new Thread(() -> {
            try {
                while (true) {
                    // blocks while the queue is empty
                    Integer item = q.take();
                    if (item.equals(DONE)) break;
                    System.out.println("consuming " + item);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.out.println("Consumer done");
        }, "consumer");
        consumer.start();

        // the producer is the main thread
        for (int item : List.of(1, 2, 3, 4)) {
            q.put(item);
        }
        // "no more items"
        q.put(DONE);
        consumer.join();
        System.out.println("main: consumer joined");
    }
    // @end
}
