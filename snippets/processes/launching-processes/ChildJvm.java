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
        int code = task.waitFor();                         // join(): wait for the end
        System.out.println("task exit code: " + code);
        // @end
    }

    // @start region=start
    static Process start(String role) throws IOException {
        return new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"),
                "ChildJvm", role)
                .inheritIO()                               // share our stdout and stderr
                .start();
    }
    // @end

    static void runChild(String role) {                    // the child's long_time_task
        System.out.println(role + ": 8^20 = " + java.math.BigInteger.valueOf(8).pow(20));
    }
}
