// notebake: compile-error=prob.found.req
// @start region=program
import java.util.List;

public class NoTruthiness {
    public static void main(String[] args) {
        List<String> names = List.of();
        if (names) {                      // Python: if names:
            System.out.println("not empty");
        }
    }
}
// @end
