// notebake: exit=3
import java.util.List;

public class Greeting {
    public static void main(String[] args) {
        // @start region=loop
        List<String> names =
                List.of("Ada", "Grace", "<script>alert('not run')</script>");
        for (String name : names) {
            System.out.println("Hello, " + name + "!");
        }
        // @end
        System.err.println("stderr is shown in its own style");
        System.exit(3);
    }
}
