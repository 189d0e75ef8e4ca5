// notebake: timeout=10s
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.concurrent.CountDownLatch;

public class DaemonWork {

    public static void main(String[] args) throws Exception {
        // the child: announce, then run "forever"
        if (args.length == 1) {
            System.out.println("started");
            Thread.sleep(60_000);
            return;
        }

        // @start region=threads
        CountDownLatch fooPrinted = new CountDownLatch(1);
        CountDownLatch mainDone = new CountDownLatch(1);
        Thread foo = new Thread(() -> {
            System.out.println("123");
            fooPrinted.countDown();
            // far longer than the program runs
            pause(60_000);
            // never printed: the JVM exits first
            System.out.println("end123");
        });
        // like p1.daemon = True, before start()
        foo.setDaemon(true);
        Thread bar = new Thread(() -> {
            // (only to fix the order of the lines)
            await(mainDone);
            System.out.println("456");
            pause(300);
            // printed: the JVM waits for bar
            System.out.println("end456");
        });
        foo.start();
        bar.start();
        fooPrinted.await();
        // @end

        // @start region=process
        Process child = new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"),
                "DaemonWork", "child")
                .start();
        BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream()));
        System.out.println("child process " + out.readLine());
        // A child process outlives the JVM unless we stop it:
        // do it in a shutdown hook.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            child.destroy();
            System.out.println("shutdown hook: child stopped, alive = "
                    + waitGone(child));
        }));
        // @end
        System.out.println("main-------");
        mainDone.countDown();
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static boolean waitGone(Process p) {
        try {
            p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return p.isAlive();
    }

    static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
