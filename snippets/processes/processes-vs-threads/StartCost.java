// notebake: timeout=10s mask=duration mask-regex="[0-9]+ thread starts"
import java.util.ArrayList;
import java.util.List;

public class StartCost {

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("child")) {
            // the child JVM does nothing and exits
            return;
        }

        // created before the clock starts: linking the first lambda
        // takes longer than starting a thread
        Runnable nothing = () -> { };
        int threads = 100;
        long t0 = System.nanoTime();
        List<Thread> list = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(nothing);
            t.start();
            list.add(t);
        }
        for (Thread t : list) {
            t.join();
        }
        long threadNanos = System.nanoTime() - t0;

        int jvms = 3;
        String java = ProcessHandle.current().info().command().orElse("java");
        String cp = System.getProperty("java.class.path");
        t0 = System.nanoTime();
        for (int i = 0; i < jvms; i++) {
            Process p =
                    new ProcessBuilder(java, "-cp", cp, "StartCost", "child").start();
            p.waitFor();
        }
        long processNanos = System.nanoTime() - t0;

        System.out.printf("%d threads started and joined: %d ms%n",
                threads, threadNanos / 1_000_000);
        System.out.printf("%d child JVMs started and waited for: %d ms%n",
                jvms, processNanos / 1_000_000);
        double perThread = threadNanos / (double) threads;
        double perProcess = processNanos / (double) jvms;
        long ratio = Math.round(perProcess / perThread);
        System.out.printf("one child JVM costs as much as %d thread starts%n", ratio);
    }
}
