// notebake: release=22
import java.util.List;

/** Java 22 made _ an unnamed, unreadable variable, like Python's throwaway _. */
public class UnnamedVariable {
    public static void main(String[] args) {
        int count = 0;
        for (String _ : List.of("a", "b", "c")) {     // Python: for _ in items
            count++;
        }
        System.out.println("loop ran " + count + " times");

        try {
            Integer.parseInt("not a number");
        } catch (NumberFormatException _) {   // the exception object is not needed
            System.out.println("not a number");
        }

        record Point(int x, int y) {}
        Object o = new Point(3, 4);
        if (o instanceof Point(int x, int _)) {          // ignore a record component
            System.out.println("x = " + x);
        }
    }
}
