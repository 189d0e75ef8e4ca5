import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;

public class CheckThenAct {

    public static void main(String[] args) throws Exception {
        // @start region=forced
        // Each get() and set() is atomic on its own,
        // like a single bytecode under the GIL.
        AtomicInteger counter = new AtomicInteger();
        // forces the order a1, b1, a2, b2
        CyclicBarrier bothHaveRead = new CyclicBarrier(2);
        Runnable increment = () -> {
            int seen = counter.get();                        // step 1: read
            await(bothHaveRead);
            // step 2: write back
            counter.set(seen + 1);
        };
        Thread a = new Thread(increment);
        Thread b = new Thread(increment);
        a.start();
        b.start();
        a.join();
        b.join();
        System.out.println("two increments, interleaved: " + counter.get());
        // @end

        // @start region=locked
        Object lock = new Object();
        AtomicInteger total = new AtomicInteger();
        Runnable manyIncrements = () -> {
            for (int i = 0; i < 100_000; i++) {
                // the read and the write as one step
                synchronized (lock) {
                    int seen = total.get();
                    total.set(seen + 1);
                }
            }
        };
        Thread c = new Thread(manyIncrements);
        Thread d = new Thread(manyIncrements);
        c.start();
        d.start();
        c.join();
        d.join();
        System.out.println("2 x 100000 locked increments: " + total.get());
        // @end
    }

    static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
