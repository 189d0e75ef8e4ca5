// notebake: timeout=10s
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

public class ChildControl {

    public static void main(String[] args) throws Exception {
        if (args.length == 1) {
            runChild(args[0]);
            return;
        }

        // @start region=control
        Process sleeper = start("sleeper");
        // a callback for the end
        CompletableFuture<String> whenDone =
                sleeper.onExit().thenApply(p -> "onExit: exit code " + p.exitValue());
        System.out.println("is alive: " + sleeper.isAlive());
        System.out.println("ended within 100 ms: "
                + sleeper.waitFor(100, TimeUnit.MILLISECONDS));
        // terminate(): SIGTERM on Unix
        sleeper.destroy();
        sleeper.waitFor();
        System.out.println("is alive after destroy(): " + sleeper.isAlive());
        System.out.println("exit code after destroy(): " + sleeper.exitValue());
        System.out.println(whenDone.get(5, TimeUnit.SECONDS));

        Process stubborn = start("sleeper");
        // SIGKILL: no cleanup at all
        stubborn.destroyForcibly().waitFor();
        System.out.println("exit code after destroyForcibly(): "
                + stubborn.exitValue());
        // @end
    }

    static Process start(String role) throws IOException {
        return new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"),
                "ChildControl", role)
                // share our stdout and stderr
                .inheritIO()
                .start();
    }

    // any role: a sleeper
    static void runChild(String role) throws InterruptedException {
        // until someone stops us
        Thread.sleep(30_000);
    }
}
