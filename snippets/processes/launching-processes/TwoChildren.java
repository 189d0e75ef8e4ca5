// notebake: timeout=10s mask=duration
import java.io.IOException;
import java.io.InputStream;

public class TwoChildren {

    static final long TASK_MS = 300;

    public static void main(String[] args) throws Exception {
        if (args.length == 1) {
            // the child: wait for the go signal (the end of its input),
            // then do its "long task"
            try (InputStream in = System.in) {
                in.readAllBytes();
            }
            Thread.sleep(TASK_MS);
            return;
        }

        // @start region=compare
        long t0 = System.nanoTime();
        for (int i = 1; i <= 2; i++) {
            Process p = start(i);
            // go
            p.getOutputStream().close();
            // wait for this child before starting the next
            p.waitFor();
        }
        long sequential = (System.nanoTime() - t0) / 1_000_000;

        t0 = System.nanoTime();
        // start both first ...
        Process a = start(3);
        Process b = start(4);
        // neither can end before its go signal: both are running now
        boolean together = a.isAlive() && b.isAlive();
        a.getOutputStream().close();
        b.getOutputStream().close();
        // ... then wait for both
        a.waitFor();
        b.waitFor();
        long parallel = (System.nanoTime() - t0) / 1_000_000;

        System.out.println("one after another: " + sequential + " ms");
        System.out.println("side by side:      " + parallel + " ms");
        System.out.println("both children running at once: " + together);
        // @end
    }

    static Process start(int task) throws IOException {
        return new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"),
                "TwoChildren", String.valueOf(task))
                // stdin stays a pipe to us: closing it is the go signal
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }
}
