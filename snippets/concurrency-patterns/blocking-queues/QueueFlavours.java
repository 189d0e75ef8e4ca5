import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.PriorityBlockingQueue;

/** queue.Queue, queue.LifoQueue and queue.PriorityQueue as Java blocking queues. */
public class QueueFlavours {
    // @start region=job
    record Job(int priority, String name) {}
    // @end

    public static void main(String[] args) throws InterruptedException {
        // @start region=demo
        // @start region=fifo-lifo
        // queue.Queue
        BlockingQueue<String> fifo = new LinkedBlockingQueue<>();
        // queue.LifoQueue
        BlockingDeque<String> lifo = new LinkedBlockingDeque<>();
        for (String s : List.of("a", "b", "c")) {
            fifo.put(s);
            // push onto the top
            lifo.putFirst(s);
        }
        System.out.println("FIFO take order: " + drain(fifo));
        List<String> lifoOrder = new ArrayList<>();
        // pop from the top
        while (!lifo.isEmpty()) lifoOrder.add(lifo.takeFirst());
        System.out.println("LIFO take order: " + lifoOrder);
        // @end

        // @start region=priority
        // queue.PriorityQueue
        BlockingQueue<Job> byPriority = new PriorityBlockingQueue<>(
                11, Comparator.comparingInt(Job::priority));
        byPriority.put(new Job(1, "page the on-call"));
        byPriority.put(new Job(3, "backup"));
        byPriority.put(new Job(2, "send report"));
        byPriority.put(new Job(5, "archive logs"));
        System.out.println("iteration order (a heap, not sorted): "
                + names(new ArrayList<>(byPriority)));
        System.out.println("take order (lowest priority number first): "
                + names(drain(byPriority)));
        // @end
        // @end
    }

    static <T> List<T> drain(BlockingQueue<T> q) throws InterruptedException {
        List<T> out = new ArrayList<>();
        while (!q.isEmpty()) out.add(q.take());
        return out;
    }

    static List<String> names(List<Job> jobs) {
        return jobs.stream().map(j -> j.priority() + ":" + j.name()).toList();
    }
}
