// notebake: timeout=10s
import java.io.IOException;

public class ChildJvm {

    public static void main(String[] args) throws Exception {
        if (args.length == 1) {
            runChild(args[0]);
            return;
        }

        // @start region=startjoin
        // Process(target=long_time_task).start(); p.join()
        Process task = start("task");
        // join(): wait for the end
        int code = task.waitFor();
        System.out.println("task exit code: " + code);
        // @end
    }

    // @start region=start
    static Process start(String role) throws IOException {
        return new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"),
                "ChildJvm", role)
                // share our stdout and stderr
                .inheritIO()
                .start();
    }
    // @end

    // the child's long_time_task
    static void runChild(String role) {
        System.out.println(role + ": 8^20 = "
                + java.math.BigInteger.valueOf(8).pow(20));
    }
}
