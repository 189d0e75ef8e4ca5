import java.lang.ref.WeakReference;

/** A cycle of two objects is collected by the JVM once nothing else refers to it. */
public class WeakCycle {
    static final class Node {
        Node other;
        final byte[] payload = new byte[1024];
    }

    public static void main(String[] args) throws InterruptedException {
        Node a = new Node();
        Node b = new Node();
        a.other = b;
        b.other = a;   // a cycle, like a.append(b); b.append(a)
        WeakReference<Node> weakA = new WeakReference<>(a);     // does not keep a alive
        System.out.println("before: weak reference cleared = " + (weakA.get() == null));

        a = null;                                               // del a
        b = null;                                               // del b
        for (int i = 0; i < 20 && weakA.get() != null; i++) {
            System.gc();   // only a request; usually honoured
            Thread.sleep(10);
        }
        System.out.println("after:  weak reference cleared = " + (weakA.get() == null));
    }
}
