import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/** One producer, one consumer, and a sentinel value that tells the consumer to stop. */
public class SentinelConsumer {
    // @start region=main
    static final Integer DONE = Integer.valueOf(-1);       // the sentinel ("None" in the note)

    public static void main(String[] args) throws InterruptedException {
        BlockingQueue<Integer> q = new ArrayBlockingQueue<>(2);   // small: put() blocks when full

        Thread consumer = new Thread(() -> {
            try {
                while (true) {
                    Integer item = q.take();                // blocks while the queue is empty
                    if (item.equals(DONE)) break;
                    System.out.println("consuming " + item);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.out.println("Consumer done");
        }, "consumer");
        consumer.start();

        for (int item : List.of(1, 2, 3, 4)) {              // the producer is the main thread
            q.put(item);
        }
        q.put(DONE);                                        // "no more items"
        consumer.join();
        System.out.println("main: consumer joined");
    }
    // @end
}
