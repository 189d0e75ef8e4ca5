public class RunVsStart {

    public static void main(String[] args) throws InterruptedException {
        Runnable target = () -> System.out.println(
                "target runs in: " + Thread.currentThread().getName());
        Thread t = new Thread(target, "worker");
        // Thread.run() just calls target.run(): no new thread!
        t.run();
        // a new thread calls run(), which calls target
        t.start();
        t.join();
    }
}
