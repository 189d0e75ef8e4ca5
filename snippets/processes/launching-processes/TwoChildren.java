// notebake: timeout=10s mask=duration
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

public class TwoChildren {

    static final long TASK_MS = 300;

    public static void main(String[] args) throws Exception {
        if (args.length == 1) {
            Thread.sleep(TASK_MS);                    // the child's "long task"
            return;
        }

        // @start region=compare
        long t0 = System.nanoTime();
        for (int i = 1; i <= 2; i++) {
            start(i).waitFor();                       // start, then wait, one by one
        }
        long sequential = (System.nanoTime() - t0) / 1_000_000;

        t0 = System.nanoTime();
        List<Process> children = new ArrayList<>();
        for (int i = 3; i <= 4; i++) {
            children.add(start(i));                   // start both first ...
        }
        for (Process p : children) {
            p.waitFor();                              // ... then wait for both
        }
        long parallel = (System.nanoTime() - t0) / 1_000_000;

        System.out.println("one after another: " + sequential + " ms");
        System.out.println("side by side:      " + parallel + " ms");
        System.out.println("side by side was faster: " + (parallel < sequential));
        // @end
    }

    static Process start(int task) throws IOException {
        return new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"),
                "TwoChildren", String.valueOf(task))
                .inheritIO()
                .start();
    }
}
