// notebake: timeout=10s mask=duration mask-regex="speedup [0-9.]+"
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

public class ParallelSpeedup {

    static final int CHUNKS = 4;                 // four equal pieces of CPU-bound work
    static final long CHUNK_SIZE = 40_000_000L;
    static final long SLICE = 1_000_000L;        // work done per turn when sharing a "GIL"

    // @start region=work
    /** Pure computation on one chunk, slice by slice; with a lock, only while holding it. */
    static long chunk(int c, ReentrantLock gil) {
        long h = 0;
        for (long s = c * CHUNK_SIZE; s < (c + 1) * CHUNK_SIZE; s += SLICE) {
            if (gil != null) gil.lock();
            try {
                for (long i = s; i < s + SLICE; i++) {
                    h = h * 31 + (i ^ (i >>> 3));
                }
            } finally {
                if (gil != null) gil.unlock();
            }
        }
        return h;
    }
    // @end

    public static void main(String[] args) throws InterruptedException {
        chunk(0, null);                          // warm up the JIT compiler first

        // @start region=compare
        long t0 = System.nanoTime();
        long[] sequential = new long[CHUNKS];
        for (int c = 0; c < CHUNKS; c++) {
            sequential[c] = chunk(c, null);
        }
        long oneThread = System.nanoTime() - t0;

        ReentrantLock gil = new ReentrantLock();  // one lock every thread must hold to compute
        t0 = System.nanoTime();
        long[] withGil = runThreads(gil);
        long gilTime = System.nanoTime() - t0;

        t0 = System.nanoTime();
        long[] free = runThreads(null);
        long freeTime = System.nanoTime() - t0;

        System.out.println("same results every way: "
                + (Arrays.equals(withGil, sequential) && Arrays.equals(free, sequential)));
        System.out.printf("1 thread:                    %d ms%n", oneThread / 1_000_000);
        System.out.printf("%d threads, one shared lock:  %d ms%n", CHUNKS, gilTime / 1_000_000);
        System.out.printf("%d threads, no shared lock:   %d ms, speedup %.1f%n",
                CHUNKS, freeTime / 1_000_000, oneThread / (double) freeTime);
        // @end
    }

    // @start region=threads
    static long[] runThreads(ReentrantLock gil) throws InterruptedException {
        long[] results = new long[CHUNKS];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < CHUNKS; c++) {
            int chunk = c;
            Thread t = new Thread(() -> results[chunk] = chunk(chunk, gil));
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();                            // join() also makes results[] visible here
        }
        return results;
    }
    // @end
}
