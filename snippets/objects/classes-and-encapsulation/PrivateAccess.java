// notebake: compile-error=compiler.err.report.access
import java.util.ArrayList;

/** Reading a private field of another class is rejected by the compiler. */
public class PrivateAccess {
    public static void main(String[] args) {
        ArrayList<String> list = new ArrayList<>();
        // the field is private; the public method is list.size()
        System.out.println(list.size);
    }
}
