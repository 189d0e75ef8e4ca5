import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;

public class PoolQueue {

    public static void main(String[] args) throws Exception {
        // no Manager needed
        BlockingQueue<Character> shared = new LinkedBlockingQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // submit(...).get() blocks like Pool.apply():
            // the writer finishes before the reader starts
            pool.submit(() -> "dongGe".chars().forEach(c -> shared.add((char) c)))
                    .get();
            String read = pool.submit(() -> {
                StringBuilder sb = new StringBuilder();
                for (Character c = shared.poll(); c != null; c = shared.poll()) {
                    sb.append(c);
                }
                return sb.toString();
            }).get();
            System.out.println("reader got: " + read);
        } finally {
            pool.shutdown();
        }
    }
}
