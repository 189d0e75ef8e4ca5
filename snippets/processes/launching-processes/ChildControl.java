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
        CompletableFuture<String> whenDone =               // a callback for the end
                sleeper.onExit().thenApply(p -> "onExit: exit code " + p.exitValue());
        System.out.println("is alive: " + sleeper.isAlive());
        System.out.println("ended within 100 ms: " + sleeper.waitFor(100, TimeUnit.MILLISECONDS));
        sleeper.destroy();                                 // terminate(): SIGTERM on Unix
        sleeper.waitFor();
        System.out.println("is alive after destroy(): " + sleeper.isAlive());
        System.out.println("exit code after destroy(): " + sleeper.exitValue());
        System.out.println(whenDone.get(5, TimeUnit.SECONDS));

        Process stubborn = start("sleeper");
        stubborn.destroyForcibly().waitFor();              // SIGKILL: no cleanup at all
        System.out.println("exit code after destroyForcibly(): " + stubborn.exitValue());
        // @end
    }

    static Process start(String role) throws IOException {
        return new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"),
                "ChildControl", role)
                .inheritIO()                               // share our stdout and stderr
                .start();
    }

    static void runChild(String role) throws InterruptedException {   // any role: a sleeper
        Thread.sleep(30_000);                              // until someone stops us
    }
}
