import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;
import java.util.stream.LongStream;

public class ForkJoinSum {

    // @start region=task
    /** Sums from..to (inclusive) by splitting the range until it is small. */
    static final class RangeSum extends RecursiveTask<Long> {
        private static final long THRESHOLD = 1_000_000;
        private final long from;
        private final long to;

        RangeSum(long from, long to) {
            this.from = from;
            this.to = to;
        }

        @Override
        protected Long compute() {
            if (to - from < THRESHOLD) {
                long sum = 0;
                for (long i = from; i <= to; i++) {
                    sum += i;
                }
                return sum;
            }
            long mid = (from + to) >>> 1;
            RangeSum left = new RangeSum(from, mid);
            // queued: an idle worker may steal it and run it in parallel
            left.fork();
            long right = new RangeSum(mid + 1, to).compute();
            // wait for the forked half
            return left.join() + right;
        }
    }
    // @end

    public static void main(String[] args) {
        long n = 20_000_000;
        // @start region=use
        long forkJoin = ForkJoinPool.commonPool().invoke(new RangeSum(1, n));
        // same idea, built in
        long stream = LongStream.rangeClosed(1, n).parallel().sum();
        long formula = n * (n + 1) / 2;
        System.out.println("fork/join:       " + forkJoin);
        System.out.println("parallel stream: " + stream);
        System.out.println("n(n+1)/2:        " + formula);
        // @end
    }
}
