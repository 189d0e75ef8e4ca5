// notebake: timeout=10s
import java.io.FileOutputStream;
import java.io.IOException;
import java.lang.instrument.Instrumentation;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * The JDK's closest thing to sys.getsizeof: Instrumentation.getObjectSize, available
 * to a Java agent. The program writes a manifest-only agent jar, then re-runs itself
 * in a child JVM with -javaagent.
 */
public class ObjectSizes {
    private static volatile Instrumentation instrumentation;

    /** Called by the JVM before main when this class is named as Premain-Class. */
    public static void premain(String agentArgs, Instrumentation inst) {
        instrumentation = inst;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("child")) {
            printSizes();
            return;
        }
        Path agentJar = writeAgentJar();
        Process child = new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                "-javaagent:" + agentJar,
                "-cp", System.getProperty("java.class.path"),
                "ObjectSizes", "child")
                .inheritIO().start();
        if (!child.waitFor(8, TimeUnit.SECONDS)) {
            child.destroyForcibly();
        }
        System.out.println("child exit code: " + child.exitValue());
    }

    // @start region=sizes
    static void printSizes() {
        System.out.println("primitive int:  " + Integer.BYTES + " bytes, long: "
                + Long.BYTES + ", double: " + Double.BYTES
                + ", char: " + Character.BYTES);
        System.out.println("new Object():   " + sizeOf(new Object()));
        System.out.println("Integer 30:     " + sizeOf(Integer.valueOf(30)));
        System.out.println("Long 30:        " + sizeOf(Long.valueOf(30)));
        System.out.println("int[0]:         " + sizeOf(new int[0]));
        System.out.println("int[10]:        " + sizeOf(new int[10]));
    }

    static String sizeOf(Object o) {
        return instrumentation.getObjectSize(o) + " bytes";
    }
    // @end

    static Path writeAgentJar() throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Premain-Class", "ObjectSizes");
        Path jar = Path.of("sizes-agent.jar").toAbsolutePath();
        // the jar holds only the manifest; the agent class is found on the class path
        new JarOutputStream(new FileOutputStream(jar.toFile()), manifest).close();
        return jar;
    }
}
