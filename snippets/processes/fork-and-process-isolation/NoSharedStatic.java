// notebake: timeout=10s
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

public class NoSharedStatic {

    // @start region=state
    // a class variable: one per class, per JVM
    static int num = 0;
    // @end

    public static void main(String[] args) throws Exception {
        // @start region=child
        if (args.length == 1 && args[0].equals("child")) {
            // a new JVM starts from the initializer
            System.out.println("child sees num = " + num);
            num += 1;
            System.out.println("child after num += 1: " + num);
            return;
        }
        // @end

        // @start region=parent
        num = 41;                       // changed before the child starts
        Process child = new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"),
                "NoSharedStatic", "child")
                .redirectErrorStream(true)
                .start();
        num += 1;                       // changed while the child runs
        try (BufferedReader out = new BufferedReader(new InputStreamReader(
                child.getInputStream(), StandardCharsets.UTF_8))) {
            out.lines().forEach(line -> System.out.println("  " + line));
        }
        System.out.println("child exit code: " + child.waitFor());
        System.out.println("parent still has num = " + num);
        // @end
    }
}
