// notebake: timeout=10s
import java.util.concurrent.TimeUnit;

public class CrashIsolation {

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("child")) {
            runChild();
            return;
        }

        // @start region=thread
        Thread worker = new Thread(() -> {
            throw new IllegalStateException("boom");
        }, "worker");
        // Report the crash on stdout instead of the default stack trace on stderr.
        worker.setUncaughtExceptionHandler((t, e) ->
                System.out.println(t.getName() + " died: " + e));
        worker.start();
        worker.join();
        System.out.println("main thread still running, worker alive: "
                + worker.isAlive());
        // @end

        // @start region=process
        ProcessBuilder pb = new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"),
                "CrashIsolation", "child");
        // the child's output goes to our stdout
        pb.inheritIO();
        Process child = pb.start();
        if (!child.waitFor(8, TimeUnit.SECONDS)) {
            // never leave a child behind
            child.destroyForcibly().waitFor();
        }
        System.out.println("child JVM exit code: " + child.exitValue());
        System.out.println("parent JVM still running");
        // @end
    }

    // @start region=child
    static void runChild() throws InterruptedException {
        Thread rogue = new Thread(() -> {
            System.out.println("  child: one thread calls System.exit(3)");
            System.out.flush();
            // ends the whole child JVM, every thread
            System.exit(3);
        });
        rogue.start();
        rogue.join();
        System.out.println("  child: never printed");
    }
    // @end
}
