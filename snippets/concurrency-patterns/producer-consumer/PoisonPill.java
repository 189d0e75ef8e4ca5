import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadLocalRandom;

/** Two producers x 10 items, two consumers, one poison pill per consumer. */
public class PoisonPill {
    // @start region=food
    record Food(String maker, String kind, int n) {}

    // compared by identity (==)
    static final Food POISON = new Food("nobody", "nothing", -1);
    // @end

    public static void main(String[] args) throws InterruptedException {
        // @start region=main
        BlockingQueue<Food> q = new ArrayBlockingQueue<>(20);
        List<String> eaten = Collections.synchronizedList(new ArrayList<>());

        List<Thread> producers = List.of(
                new Thread(() -> produce("fioman", "baozi", q), "producer-1"),
                new Thread(() -> produce("jingjing", "mantou", q), "producer-2"));
        List<Thread> consumers = List.of(
                new Thread(() -> consume(q, eaten), "mengmeng"),
                new Thread(() -> consume(q, eaten), "xiaoxiao"));
        producers.forEach(Thread::start);
        consumers.forEach(Thread::start);

        // every item is in the queue now
        for (Thread p : producers) p.join();
        // one pill per consumer
        for (Thread c : consumers) q.put(POISON);
        for (Thread c : consumers) c.join();
        System.out.println("consumers still running: "
                + consumers.stream().filter(Thread::isAlive).count());

        System.out.println("items eaten: " + eaten.size());
        Set<String> distinct = new TreeSet<>(eaten);
        System.out.println("each item eaten exactly once: " + (distinct.size() == 20));
        System.out.println("first three (sorted): "
                + new ArrayList<>(distinct).subList(0, 3));
        // @end
    }

    // @start region=workers
    static void produce(String maker, String kind, BlockingQueue<Food> q) {
        try {
            for (int i = 0; i < 10; i++) {
                // random delay, as in the note
                Thread.sleep(ThreadLocalRandom.current().nextInt(5));
                q.put(new Food(maker, kind, i));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void consume(BlockingQueue<Food> q, List<String> eaten) {
        try {
            while (true) {
                Food f = q.take();
                // got the pill: the producers are finished
                if (f == POISON) {
                    return;
                }
                eaten.add(f.maker() + " " + f.kind() + " " + f.n());
                Thread.sleep(ThreadLocalRandom.current().nextInt(5));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
    // @end
}
