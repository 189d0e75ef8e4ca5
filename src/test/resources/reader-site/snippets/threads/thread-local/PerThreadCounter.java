public class PerThreadCounter {

    private static final ThreadLocal<Integer> COUNT = ThreadLocal.withInitial(() -> 0);

    public static void main(String[] args) throws InterruptedException {
        Runnable work = () -> {
            for (int i = 0; i < 3; i++) {
                COUNT.set(COUNT.get() + 1);
            }
            System.out.println("counted " + COUNT.get());
        };
        Thread a = new Thread(work);
        a.start();
        a.join();
        Thread b = new Thread(work);
        b.start();
        b.join();
        System.out.println("main sees " + COUNT.get());
    }
}
