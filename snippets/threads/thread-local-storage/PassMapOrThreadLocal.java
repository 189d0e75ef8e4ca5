import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class PassMapOrThreadLocal {

    record Student(String name) { }

    // @start region=pass
    // 1. Pass it along: every function in the chain needs the parameter.
    static String passTask1(Student std) {
        return passSubtask(std);
    }

    static String passSubtask(Student std) {
        return "parameter: " + std.name();
    }
    // @end

    // @start region=map
    // 2. A global map keyed by the current thread:
    //    no parameters, but manual bookkeeping.
    static final Map<Thread, Student> globalDict = new ConcurrentHashMap<>();

    static String mapTask1() {
        return mapSubtask();
    }

    static String mapSubtask() {
        return "global map: " + globalDict.get(Thread.currentThread()).name();
    }
    // @end

    // @start region=local
    // 3. ThreadLocal does the lookup by thread for you.
    static final ThreadLocal<Student> current = new ThreadLocal<>();

    static String localTask1() {
        return localSubtask();
    }

    static String localSubtask() {
        return "ThreadLocal: " + current.get().name();
    }
    // @end

    // @start region=thread
    static List<String> stdThread(String name) {
        Student std = new Student(name);
        globalDict.put(Thread.currentThread(), std);
        current.set(std);
        try {
            return List.of(passTask1(std), mapTask1(), localTask1());
        } finally {
            // or the map keeps dead threads alive
            globalDict.remove(Thread.currentThread());
            current.remove();
        }
    }
    // @end

    public static void main(String[] args) throws InterruptedException {
        // one slot each
        List<List<String>> results = new ArrayList<>(List.of(List.of(), List.of()));
        Thread a = new Thread(() -> results.set(0, stdThread("dongGe")), "Thread-A");
        Thread b = new Thread(() -> results.set(1, stdThread("老王")), "Thread-B");
        a.start();
        b.start();
        a.join();
        b.join();
        System.out.println("Thread-A " + results.get(0));
        System.out.println("Thread-B " + results.get(1));
        System.out.println("entries left in the map: " + globalDict.size());
    }
}
