// notebake: timeout=10s
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Exit codes, shutdown hooks (atexit), Runtime.halt (os._exit), seen by a parent. */
public class ExitCodes {
    public static void main(String[] args) throws Exception {
        if (args.length == 1) {
            child(args[0]);
            return;
        }
        // @start region=parent
        String java = ProcessHandle.current().info().command().orElse("java");
        for (String mode : List.of("normal", "exit3", "halt4", "uncaught")) {
            Process p = new ProcessBuilder(java,
                    "-cp", System.getProperty("java.class.path"), "ExitCodes", mode)
                    .redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes()).strip();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            String firstLines = String.join(" | ", output.lines().limit(3).toList());
            System.out.printf("%-9s exit code %d: %s%n",
                    mode, p.exitValue(), firstLines);
        }
        // @end
    }

    // @start region=child
    static void child(String mode) {
        Thread hook = new Thread(() -> System.out.println("hook ran"));
        Runtime.getRuntime().addShutdownHook(hook);   // atexit.register
        System.out.println("working");
        switch (mode) {
            case "exit3" -> System.exit(3);                // sys.exit(3): hooks run
            case "halt4" -> Runtime.getRuntime().halt(4);  // os._exit(4): hooks skipped
            case "uncaught" -> throw new IllegalStateException("boom");   // exit code 1
            default -> { }                                 // return: code 0, hooks run
        }
    }
    // @end
}
