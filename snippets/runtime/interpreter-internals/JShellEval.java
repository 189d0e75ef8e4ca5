// notebake: timeout=10s
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.SnippetEvent;
import jdk.jshell.VarSnippet;

/**
 * jshell keeps every expression result in a numbered variable $1, $2, ... — Java's
 * take on Python's _.
 */
public class JShellEval {
    public static void main(String[] args) {
        // "local" runs the snippets inside this JVM instead of starting a second one
        try (JShell shell = JShell.builder().executionEngine("local").build()) {
            List<String> inputs =
                    List.of("3 + 4", "$1 * 2", "System.out.println(\"printed\")");
            for (String input : inputs) {
                for (SnippetEvent event : shell.eval(input)) {
                    String variable = event.snippet() instanceof VarSnippet v
                            ? v.name() : "(no variable)";
                    System.out.printf("jshell> %-30s -> %s = %s%n",
                            input, variable, event.value());
                }
            }
        }
    }
}
