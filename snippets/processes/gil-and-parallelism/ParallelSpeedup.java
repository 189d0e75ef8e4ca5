// notebake: timeout=15s mask=duration mask-regex="speedup [0-9.]+"
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

public class ParallelSpeedup {

    // four equal pieces of CPU-bound work
    static final int CHUNKS = 4;
    static final long CHUNK_SIZE = 10_000_000L;
    // work done per turn when sharing a "GIL"
    static final long SLICE = 500_000L;

    // @start region=work
    /** Pure computation on one chunk, slice by slice;
     *  with a lock, only while holding it. */
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
        // warm up the JIT compiler first
        chunk(0, null);

        // @start region=compare
        // one lock every thread must hold to compute
        ReentrantLock gil = new ReentrantLock();
        long[] expected = sequential();
        boolean same = true;
        long oneThread = Long.MAX_VALUE;
        long gilTime = Long.MAX_VALUE;
        long freeTime = Long.MAX_VALUE;
        // best of three rounds: less noise from other load
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            same &= Arrays.equals(sequential(), expected);
            oneThread = Math.min(oneThread, System.nanoTime() - t0);

            t0 = System.nanoTime();
            same &= Arrays.equals(runThreads(gil), expected);
            gilTime = Math.min(gilTime, System.nanoTime() - t0);

            t0 = System.nanoTime();
            same &= Arrays.equals(runThreads(null), expected);
            freeTime = Math.min(freeTime, System.nanoTime() - t0);
        }
        System.out.println("same results every way: " + same);
        System.out.printf("1 thread:                    %d ms%n",
                oneThread / 1_000_000);
        System.out.printf("%d threads, one shared lock:  %d ms%n",
                CHUNKS, gilTime / 1_000_000);
        System.out.printf("%d threads, no shared lock:   %d ms, speedup %.1f%n",
                CHUNKS, freeTime / 1_000_000, oneThread / (double) freeTime);
        // @end
    }

    static long[] sequential() {
        long[] results = new long[CHUNKS];
        for (int c = 0; c < CHUNKS; c++) {
            results[c] = chunk(c, null);
        }
        return results;
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
            // join() also makes results[] visible here
            t.join();
        }
        return results;
    }
    // @end
}
