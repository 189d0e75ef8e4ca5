import java.math.BigInteger;
import java.util.List;

public class ThreadWithResult {

    // @start region=subclass
    static class MyThread extends Thread {
        private final int exponent;
        // read it only after join()
        private BigInteger result;

        MyThread(String name, int exponent) {
            // like threading.Thread.__init__(self)
            super(name);
            this.exponent = exponent;
        }

        @Override
        // what start() runs in the new thread
        public void run() {
            result = BigInteger.valueOf(8).pow(exponent);
        }

        BigInteger result() {
            return result;
        }
    }
    // @end

    public static void main(String[] args) throws Exception {
        // @start region=use
        List<MyThread> threads = List.of(new MyThread("1", 20), new MyThread("2", 20));
        for (MyThread t : threads) {
            t.start();
        }
        for (MyThread t : threads) {
            // join() makes t.result visible here
            t.join();
            System.out.println("thread " + t.getName() + " result: " + t.result());
        }
        // @end
    }
}
