// notebake: timeout=10s
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

public class PipeToChild {

    public static void main(String[] args) throws Exception {
        // @start region=child
        // the child: a filter
        if (args.length == 1) {
            BufferedReader in = new BufferedReader(
                    new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            // null = end of input, our sentinel
            while ((line = in.readLine()) != null) {
                System.out.println(line.toUpperCase(Locale.ROOT));
            }
            System.out.println("(child: input closed, exiting)");
            return;
        }
        // @end

        // @start region=parent
        Process child = new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                "-Dstdout.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"),
                "PipeToChild", "child")
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try (PrintWriter toChild = new PrintWriter(new OutputStreamWriter(
                child.getOutputStream(), StandardCharsets.UTF_8))) {
            for (String value : new String[] {"a", "b", "c"}) {
                // like q.put(value)
                toChild.println(value);
            }
        // close = "no more data"
        }
        try (BufferedReader fromChild = new BufferedReader(new InputStreamReader(
                child.getInputStream(), StandardCharsets.UTF_8))) {
            fromChild.lines().forEach(line -> System.out.println("got " + line));
        }
        System.out.println("child exit code: " + child.waitFor());
        // @end
    }
}
