// notebake: output=unordered mask-regex="processors: [0-9]+"
import java.util.ArrayList;
import java.util.List;

public class TimeSlicing {

    public static void main(String[] args) throws InterruptedException {
        System.out.println("processors: " + Runtime.getRuntime().availableProcessors());

        // @start region=tasks
        List<Thread> tasks = new ArrayList<>();
        for (String name : List.of("browser", "music", "editor")) {
            Thread t = new Thread(() -> {
                for (int step = 1; step <= 3; step++) {
                    System.out.println(name + " step " + step);
                    try {
                        // give up the CPU for a moment
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, name);
            tasks.add(t);
            t.start();
        }
        for (Thread t : tasks) {
            t.join();
        }
        // @end
        System.out.println("all tasks done");
    }
}
