public class NamedThreads {

    // @start region=loop
    static void loop() {
        String me = Thread.currentThread().getName();
        System.out.println("thread " + me + " is running...");
        for (int n = 1; n <= 5; n++) {
            System.out.println("thread " + me + " >>> " + n);
            sleep(20);
        }
        System.out.println("thread " + me + " ended.");
    }
    // @end

    public static void main(String[] args) throws InterruptedException {
        // @start region=join
        System.out.println("thread " + Thread.currentThread().getName()
                + " is running...");
        Thread t = new Thread(NamedThreads::loop, "LoopThread");
        System.out.println("alive before start(): " + t.isAlive());
        t.start();
        // wait here until LoopThread has ended
        t.join();
        System.out.println("alive after join(): " + t.isAlive());
        System.out.println("thread " + Thread.currentThread().getName() + " ended.");
        // @end
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
