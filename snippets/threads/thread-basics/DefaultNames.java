public class DefaultNames {

    public static void main(String[] args) {
        System.out.println("main thread: " + Thread.currentThread().getName());
        Thread a = new Thread(() -> { });
        Thread b = new Thread(() -> { });
        System.out.println("unnamed threads: " + a.getName() + ", " + b.getName());
    }
}
