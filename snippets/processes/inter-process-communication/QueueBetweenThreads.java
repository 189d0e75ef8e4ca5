import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

public class QueueBetweenThreads {

    // the sentinel (Python's None)
    static final String DONE = "<done>";

    public static void main(String[] args) throws Exception {
        BlockingQueue<String> q = new LinkedBlockingQueue<>();
        Thread writer = new Thread(() -> {
            for (String value : List.of("A", "B", "C")) {
                q.add(value);                                    // put
            }
            q.add(DONE);
        });
        List<String> got = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try {
                for (String value = q.take(); !value.equals(DONE); value = q.take()) {
                    // get(True): blocks until data
                    got.add(value);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        writer.start();
        reader.start();
        writer.join();
        // ends by itself: no terminate()
        reader.join();
        System.out.println("reader got " + got);
    }
}
