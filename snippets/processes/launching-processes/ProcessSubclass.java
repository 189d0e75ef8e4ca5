// notebake: timeout=10s
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;

public class ProcessSubclass {

    // @start region=base
    /** A tiny multiprocessing.Process: subclasses override run(),
     *  which executes in a child JVM. */
    abstract static class JvmProcess implements Serializable {
        private static final long serialVersionUID = 1L;
        private long parentPid;
        private transient Process process;

        protected abstract void run() throws Exception;

        final void start() throws IOException {
            parentPid = ProcessHandle.current().pid();
            process = new ProcessBuilder(
                    ProcessHandle.current().info().command().orElse("java"),
                    "-cp", System.getProperty("java.class.path"),
                    "ProcessSubclass", "--child")
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            try (ObjectOutputStream out =
                    new ObjectOutputStream(process.getOutputStream())) {
                // ship the object itself, fields and all
                out.writeObject(this);
            }
        }

        final int join() throws InterruptedException {
            return process.waitFor();
        }

        final boolean startedByMyParent() {
            long parent = ProcessHandle.current().parent()
                    .map(ProcessHandle::pid).orElse(-1L);
            return parent == parentPid;
        }
    }
    // @end

    // @start region=subclass
    static final class SleepyProcess extends JvmProcess {
        private static final long serialVersionUID = 1L;
        private final long intervalMs;

        // Python: Process.__init__(self); self.interval = ...
        SleepyProcess(long intervalMs) {
            this.intervalMs = intervalMs;
        }

        @Override
        protected void run() throws InterruptedException {
            System.out.println("child: running in a child of the parent JVM: "
                    + startedByMyParent());
            long t0 = System.nanoTime();
            Thread.sleep(intervalMs);
            System.out.println("child: slept at least " + intervalMs + " ms: "
                    + ((System.nanoTime() - t0) / 1_000_000 >= intervalMs));
        }
    }
    // @end

    public static void main(String[] args) throws Exception {
        // @start region=child
        if (args.length == 1 && args[0].equals("--child")) {
            try (ObjectInputStream in = new ObjectInputStream(System.in)) {
                // rebuild the object, then run it here
                ((JvmProcess) in.readObject()).run();
            }
            return;
        }
        // @end

        // @start region=main
        SleepyProcess p = new SleepyProcess(200);
        p.start();
        System.out.println("parent: child exited with " + p.join());
        // @end
    }
}
