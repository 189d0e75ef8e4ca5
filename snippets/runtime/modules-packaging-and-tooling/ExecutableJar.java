// notebake: timeout=10s
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.spi.ToolProvider;

/**
 * Build an executable jar (the counterpart of a runnable zip with __main__.py) and run
 * it with java -jar.
 */
public class ExecutableJar {
    // @start region=app
    static final class Calc {                                  // calc.py
        static int add(int x, int y) {
            return x + y;
        }
    }

    static final class Demo {                                  // __main__.py
        public static void main(String[] args) {
            System.out.println(Calc.add(2, 3));
        }
    }
    // @end

    public static void main(String[] args) throws IOException, InterruptedException {
        // @start region=build
        Path classes = Files.createDirectories(Path.of("demo"));
        // the compiled classes, as in demo/
        List<String> classNames =
                List.of("ExecutableJar", "ExecutableJar$Calc", "ExecutableJar$Demo");
        for (String name : classNames) {
            String file = name + ".class";
            try (InputStream in = ExecutableJar.class.getResourceAsStream(file)) {
                Files.copy(in, classes.resolve(file));
            }
        }
        ToolProvider jar = ToolProvider.findFirst("jar").orElseThrow();
        // python -m zipfile -c demo.zip demo/*
        int status = jar.run(System.out, System.err, "--create", "--file", "demo.jar",
                "--main-class", "ExecutableJar$Demo", "-C", "demo", ".");
        System.out.println("jar tool exit status: " + status);
        try (JarFile built = new JarFile("demo.jar")) {
            System.out.println("Main-Class: "
                    + built.getManifest().getMainAttributes().getValue("Main-Class"));
        }
        // @end

        // @start region=run
        String java = ProcessHandle.current().info().command().orElse("java");
        Process run = new ProcessBuilder(java, "-jar", "demo.jar")  // python demo.zip
                .redirectErrorStream(true).start();
        String output = new String(run.getInputStream().readAllBytes()).trim();
        if (!run.waitFor(8, TimeUnit.SECONDS)) {
            run.destroyForcibly();
        }
        System.out.println("java -jar demo.jar printed: " + output);
        // @end
    }
}
