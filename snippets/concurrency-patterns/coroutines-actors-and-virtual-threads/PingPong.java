import java.util.concurrent.SynchronousQueue;

/** greenlet's switch(), imitated by threads passing a baton: one runs at a time. */
public class PingPong {
    // @start region=baton
    /**
     * Runs only while it holds the baton; switchTo() hands it over and waits to get it
     * back.
     */
    static final class Greenlet {
        // the main thread's own baton
        static final Greenlet MAIN = new Greenlet();

        private final SynchronousQueue<Boolean> baton = new SynchronousQueue<>();

        private Greenlet() { }

        Greenlet(String name, Runnable body) {
            Thread t = new Thread(() -> {
                // do not start until switched to
                waitForBaton();
                body.run();
                // finished: control returns to the parent
                MAIN.pass();
            }, name);
            // a greenlet never resumed must not keep the JVM alive
            t.setDaemon(true);
            t.start();
        }

        /** caller.switchTo(target): wake the target, then suspend the caller. */
        void switchTo(Greenlet target) {
            target.pass();
            waitForBaton();
        }

        private void pass() {
            try {
                baton.put(true);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        private void waitForBaton() {
            try {
                baton.take();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }
    // @end

    static Greenlet gr1;
    static Greenlet gr2;

    public static void main(String[] args) {
        // @start region=main
        gr1 = new Greenlet("gr1", () -> {
            System.out.println(12);
            gr1.switchTo(gr2);                        // gr2.switch()
            System.out.println(34);
            gr1.switchTo(gr2);
        });
        gr2 = new Greenlet("gr2", () -> {
            System.out.println(56);
            gr2.switchTo(gr1);                        // gr1.switch()
            System.out.println(78);
        });
        // gr1.switch() from the main program
        Greenlet.MAIN.switchTo(gr1);
        System.out.println("back in main after gr2 finished");
        // @end
    }
}
