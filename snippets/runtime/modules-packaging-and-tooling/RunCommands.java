// notebake: timeout=10s
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The sh library's two examples: a glob, and capturing a program's output. */
public class RunCommands {
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length == 1 && args[0].equals("test")) {
            System.out.println("hello,world");   // plays the role of /root/test.py
            return;
        }
        // @start region=glob
        Path etc = Files.createDirectories(Path.of("etc"));
        for (String name : List.of("mke2fs.conf", "dnsmasq.conf", "hosts")) {
            Files.writeString(etc.resolve(name), "");
        }
        List<String> conf = new ArrayList<>();
        // sh.glob("etc/*.conf")
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(etc, "*.conf")) {
            stream.forEach(p -> conf.add(p.toString()));
        }
        conf.sort(null);
        System.out.println(conf);
        // @end

        // @start region=command
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java,
                "-cp", System.getProperty("java.class.path"), "RunCommands", "test");
        // sh.Command(...)()
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        System.out.print(output);
        System.out.println("exit code " + process.exitValue());
        // @end
    }
}
