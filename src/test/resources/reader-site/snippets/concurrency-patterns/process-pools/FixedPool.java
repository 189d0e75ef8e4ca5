import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class FixedPool {
    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            int n = i;
            results.add(pool.submit(() -> n * n));
        }
        for (Future<Integer> f : results) {
            System.out.println(f.get());
        }
        pool.shutdown();
    }
}
