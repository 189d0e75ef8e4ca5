public class RunVsStart {

    public static void main(String[] args) throws InterruptedException {
        Runnable target = () -> System.out.println("target runs in: " + Thread.currentThread().getName());
        Thread t = new Thread(target, "worker");
        t.run();                                       // Thread.run() just calls target.run(): no new thread!
        t.start();                                     // a new thread calls run(), which calls target
        t.join();
    }
}
