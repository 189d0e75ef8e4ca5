import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/** File, method, caller and line of the running code, and other threads' stacks. */
public class StackInfo {
    static void getCurInfo() {
        List<StackWalker.StackFrame> frames = StackWalker.getInstance()
                .walk(s -> s.limit(2).collect(Collectors.toList()));
        StackWalker.StackFrame current = frames.get(0);      // sys._getframe(0)
        StackWalker.StackFrame caller = frames.get(1);       // sys._getframe(1)
        System.out.println("file:   " + current.getFileName());
        System.out.println("method: " + current.getMethodName());
        System.out.println("caller: " + caller.getMethodName()
                + " (line " + caller.getLineNumber() + ")");
        System.out.println("line:   " + current.getLineNumber());
    }

    static void handleRequest() {
        getCurInfo();
    }

    public static void main(String[] args) throws InterruptedException {
        handleRequest();

        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread worker = new Thread(() -> waitForWork(started, release), "worker-1");
        worker.start();
        started.await();

        // sys._current_frames()
        Map<Thread, StackTraceElement[]> all = Thread.getAllStackTraces();
        String count = all.size() > 1 ? "several" : "one";
        System.out.println("worker-1 is among " + count + " threads:");
        for (StackTraceElement e : all.get(worker)) {
            if (e.getClassName().equals("StackInfo")) {   // our own frames only
                System.out.println("  at " + e.getMethodName()
                        + " (" + e.getFileName() + ":" + e.getLineNumber() + ")");
            }
        }
        release.countDown();
        worker.join();
    }

    static void waitForWork(CountDownLatch started, CountDownLatch release) {
        started.countDown();
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
