import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

/** Provoke a deadlock on purpose, then diagnose it from inside the process. */
public class FindDeadlock {
    static final Object LOCK_A = new Object();
    static final Object LOCK_B = new Object();

    public static void main(String[] args) throws InterruptedException {
        CountDownLatch bothHoldOne = new CountDownLatch(2);
        startDaemon("transfer-1", LOCK_A, LOCK_B, bothHoldOne);
        startDaemon("transfer-2", LOCK_B, LOCK_A, bothHoldOne);

        // @start region=diagnose
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] ids = null;
        for (int attempt = 0; attempt < 200 && ids == null; attempt++) {
            Thread.sleep(10);   // wait until both threads block
            ids = threads.findDeadlockedThreads();
        }
        if (ids == null) {
            System.out.println("no deadlock found");
            return;
        }
        // with the monitors and synchronizers each thread holds
        ThreadInfo[] infos = threads.getThreadInfo(ids, true, true);
        Arrays.sort(infos, (x, y) -> x.getThreadName().compareTo(y.getThreadName()));
        for (ThreadInfo info : infos) {
            System.out.println(info.getThreadName() + " is " + info.getThreadState()
                    + " on a " + info.getLockInfo().getClassName()
                    + " held by " + info.getLockOwnerName());
            for (StackTraceElement e : info.getStackTrace()) {
                if (!e.getClassName().equals("FindDeadlock")) {
                    continue;   // skip JDK and generated frames
                }
                System.out.println("    at " + e.getClassName() + "."
                        + e.getMethodName() + ":" + e.getLineNumber());
            }
        }
        // @end
        // the two daemon threads stay blocked; daemon threads do not keep the JVM alive
    }

    // @start region=deadlock
    static void startDaemon(String name, Object first, Object second,
            CountDownLatch bothHoldOne) {
        Thread t = new Thread(() -> {
            synchronized (first) {
                bothHoldOne.countDown();
                try {
                    bothHoldOne.await();   // make sure the other thread holds its lock
                } catch (InterruptedException e) {
                    return;
                }
                synchronized (second) {
                    System.out.println(name + " got both locks");   // never reached
                }
            }
        }, name);
        t.setDaemon(true);
        t.start();
    }
    // @end
}
