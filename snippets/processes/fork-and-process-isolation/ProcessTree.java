// notebake: timeout=15s
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Simulates the note's program, which calls fork() twice:
 *   pid = fork(); print("haha1" if child else "haha2")
 *   pid = fork(); print("haha3" if child else "haha4")
 * A "fork" here launches this class again, telling the new JVM at which
 * step to resume as the child.
 */
public class ProcessTree {

    public static void main(String[] args) throws Exception {
        // P, P.1, P.2, P.1.2 ...
        String name = args.length == 0 ? "P" : args[0];
        int resumeAt = args.length == 0 ? -1 : Integer.parseInt(args[1]);
        List<Process> children = new ArrayList<>();
        List<String> lines = new ArrayList<>();

        // @start region=forks
        for (int step = 0; step < 2; step++) {
            boolean isChild;
            if (step == resumeAt) {
                // we are the copy made at this step
                isChild = true;
            } else if (step > resumeAt) {
                // every running process forks
                children.add(fork(name + "." + (step + 1), step));
                isChild = false;
            } else {
                // happened before we existed
                continue;
            }
            // the note prints 哈哈1..哈哈4 ("haha"); ASCII output does not
            // depend on the child JVM's locale
            String word = step == 0
                    ? (isChild ? "haha1" : "haha2")
                    : (isChild ? "haha3" : "haha4");
            lines.add(word + "  printed by " + name);
        }
        // @end

        // relay, then reap, each child
        for (Process child : children) {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(
                    child.getInputStream(), StandardCharsets.UTF_8))) {
                out.lines().forEach(lines::add);
            }
            child.waitFor();
        }
        lines.forEach(System.out::println);
        if (name.equals("P")) {
            long processes = lines.stream()
                    .map(l -> l.substring(l.indexOf("by ") + 3))
                    .distinct().count();
            System.out.println("processes that printed: " + processes);
        }
    }

    static Process fork(String childName, int step) throws Exception {
        return new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"),
                "ProcessTree", childName, String.valueOf(step))
                .redirectErrorStream(true)
                .start();
    }
}
