import java.util.ArrayList;
import java.util.List;

/** A toy reference-counting heap: frees at zero, but never frees a cycle. */
public class RefCountToy {
    // @start region=node
    static final class Node {
        final String name;
        int refCount;
        final List<Node> children = new ArrayList<>();

        Node(String name) {
            this.name = name;
            this.refCount = 1;   // created and bound to a name: a = Node()
        }

        void retain() {
            refCount++;
        }

        void release() {
            if (--refCount == 0) {
                System.out.println("  free " + name
                        + " (the place where __del__ would run)");
                for (Node child : children) {
                    child.release();   // freeing a container releases its elements
                }
            }
        }

        void add(Node child) {
            child.retain();                          // stored in a container
            children.add(child);
        }
    }
    // @end

    public static void main(String[] args) {
        // @start region=lifecycle
        System.out.println("a = Node('x'); b = a; lst = [a]");
        Node x = new Node("x");
        x.retain();                                  // b = a
        Node list = new Node("list");
        list.add(x);                                 // lst = [a]
        System.out.println("  count of x: " + x.refCount);
        System.out.println("del a; del b");
        x.release();
        x.release();
        System.out.println("  count of x: " + x.refCount);
        System.out.println("del lst");
        list.release();
        // @end

        // @start region=cycle
        System.out.println("a = [1]; b = [2]; a.append(b); b.append(a)");
        Node a = new Node("a");
        Node b = new Node("b");
        a.add(b);
        b.add(a);
        System.out.println("  counts: a=" + a.refCount + ", b=" + b.refCount);
        System.out.println("del a; del b");
        a.release();
        b.release();
        System.out.println("  counts: a=" + a.refCount + ", b=" + b.refCount
                + " -> unreachable, never freed");
        // @end
    }
}
