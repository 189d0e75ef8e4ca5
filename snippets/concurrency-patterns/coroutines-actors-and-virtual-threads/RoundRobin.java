import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The Cookbook's generator task scheduler and actor scheduler, with tasks written as
 * explicit state machines.
 */
public class RoundRobin {
    // @start region=tasks
    /** One step of work per call; returns false when done (Python: StopIteration). */
    interface Task {
        boolean step();
    }

    static Task countdown(int start) {
        // the state a generator keeps in its frame
        int[] n = {start};
        return () -> {
            if (n[0] > 0) {
                System.out.println("T-minus " + n[0]--);
                return true;                            // yield
            }
            System.out.println("Blastoff!");
            return false;
        };
    }

    static Task countup(int limit) {
        int[] x = {0};
        return () -> {
            if (x[0] < limit) {
                System.out.println("Counting up " + x[0]++);
                return true;
            }
            return false;
        };
    }

    static final class TaskScheduler {
        private final Deque<Task> ready = new ArrayDeque<>();

        void newTask(Task t) {
            ready.addLast(t);
        }

        void run() {
            while (!ready.isEmpty()) {
                Task t = ready.pollFirst();
                // still running: back of the line
                if (t.step()) ready.addLast(t);
            }
        }
    }
    // @end

    // @start region=actors
    /** An actor reacts to one message at a time; messages wait in a single queue. */
    static final class ActorScheduler {
        private final Map<String, BiConsumer<ActorScheduler, Integer>> actors =
                new HashMap<>();
        private final Deque<Map.Entry<String, Integer>> mailbox = new ArrayDeque<>();

        void newActor(String name, BiConsumer<ActorScheduler, Integer> actor) {
            actors.put(name, actor);
        }

        void send(String name, int msg) {
            if (actors.containsKey(name)) mailbox.addLast(Map.entry(name, msg));
        }

        void run() {
            while (!mailbox.isEmpty()) {
                Map.Entry<String, Integer> m = mailbox.pollFirst();
                actors.get(m.getKey()).accept(this, m.getValue());
            }
        }
    }
    // @end

    public static void main(String[] args) {
        // @start region=main-tasks
        TaskScheduler sched = new TaskScheduler();
        sched.newTask(countdown(3));
        sched.newTask(countdown(2));
        sched.newTask(countup(4));
        sched.run();
        // @end

        System.out.println("---");

        // @start region=main-actors
        ActorScheduler actors = new ActorScheduler();
        actors.newActor("say_hello",
                (s, msg) -> System.out.println("say hello " + msg));
        actors.newActor("say_hi", (s, msg) -> System.out.println("say hi " + msg));
        actors.newActor("counter", (s, n) -> {
            System.out.println("counter: " + n);
            if (n == 0) return;
            s.send("say_hello", n);
            s.send("say_hi", n);
            s.send("counter", n - 1);
        });
        actors.send("counter", 3);
        actors.run();
        // @end
    }
}
