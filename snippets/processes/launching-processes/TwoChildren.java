// notebake: timeout=10s mask=duration
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

public class TwoChildren {

    static final long TASK_MS = 300;

    public static void main(String[] args) throws Exception {
        if (args.length == 1) {
            // the child's "long task"
            Thread.sleep(TASK_MS);
            return;
        }

        // @start region=compare
        long t0 = System.nanoTime();
        for (int i = 1; i <= 2; i++) {
            // start, then wait, one by one
            start(i).waitFor();
        }
        long sequential = (System.nanoTime() - t0) / 1_000_000;

        t0 = System.nanoTime();
        List<Process> children = new ArrayList<>();
        for (int i = 3; i <= 4; i++) {
            // start both first ...
            children.add(start(i));
        }
        for (Process p : children) {
            // ... then wait for both
            p.waitFor();
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
