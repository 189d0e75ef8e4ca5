// notebake: timeout=10s mask-regex="\\([0-9]+\\)"
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

public class SelfRelaunch {

    public static void main(String[] args) throws Exception {
        // @start region=child
        if (args.length == 2 && args[0].equals("child")) {
            long me = ProcessHandle.current().pid();
            long parent = ProcessHandle.current().parent()
                    .map(ProcessHandle::pid).orElse(-1L);
            System.out.println("I am child process (" + me
                    + ") and my parent is (" + parent + ").");
            boolean launchedByParent = parent == Long.parseLong(args[1]);
            System.out.println("my parent is the JVM that launched me: "
                    + launchedByParent);
            return;
        }
        // @end

        // @start region=parent
        long me = ProcessHandle.current().pid();
        System.out.println("Process (" + me + ") start...");
        Process child = new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"),
                "SelfRelaunch", "child", String.valueOf(me))
                .redirectErrorStream(true)
                .start();
        System.out.println("I (" + me + ") just created a child process ("
                + child.pid() + ").");

        try (BufferedReader out = new BufferedReader(new InputStreamReader(
                child.getInputStream(), StandardCharsets.UTF_8))) {
            // relay the child's output
            out.lines().forEach(System.out::println);
        }
        // the equivalent of os.wait()
        int exit = child.waitFor();
        System.out.println("child exited with " + exit);
        // @end
    }
}
