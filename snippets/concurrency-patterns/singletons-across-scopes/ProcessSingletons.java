// notebake: timeout=10s
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A "singleton" is unique per process (and per class loader), not per application. */
public class ProcessSingletons {
    // @start region=singleton
    public static final class Counter {
        // created once per loaded class
        private static final Counter INSTANCE = new Counter();
        private int hits;

        private Counter() { }

        public static Counter instance() {
            return INSTANCE;
        }

        public int hit() {
            return ++hits;
        }
    }
    // @end

    public static void main(String[] args) throws Exception {
        if (args.length > 0) {   // we are a worker process
            System.out.println(args[0] + ": hit() on my counter gives "
                    + Counter.instance().hit());
            return;
        }

        // @start region=processes
        Counter.instance().hit();
        Counter.instance().hit();
        System.out.println("parent: third hit() gives " + Counter.instance().hit());

        // like two uwsgi/gunicorn workers
        for (String worker : List.of("worker-1", "worker-2")) {
            System.out.println(runWorker(worker).strip());
        }
        System.out.println("parent: next hit() gives " + Counter.instance().hit());
        // @end

        // @start region=loaders
        // The same class file, loaded again by a loader that does not ask ours first
        URL[] classPath = classPathUrls();
        ClassLoader platform = ClassLoader.getPlatformClassLoader();
        try (URLClassLoader other = new URLClassLoader(classPath, platform)) {
            Class<?> otherCounter = other.loadClass(Counter.class.getName());
            Object otherInstance = otherCounter.getMethod("instance").invoke(null);
            System.out.println("same class name: "
                    + otherCounter.getName().equals(Counter.class.getName()));
            System.out.println("same Class object: " + (otherCounter == Counter.class));
            System.out.println("same singleton instance: "
                    + (otherInstance == Counter.instance()));
            System.out.println("hit() on the other loader's counter gives "
                    + otherCounter.getMethod("hit").invoke(otherInstance));
        }
        // @end
    }

    /** Starts this same program in a new JVM and returns what it printed. */
    static String runWorker(String name) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        // a small, fast-starting JVM
        Process p = new ProcessBuilder(java, "-Xmx64m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                ProcessSingletons.class.getName(), name)
                .redirectErrorStream(true)
                .start();
        String out =
                new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IllegalStateException(name + " failed: " + out);
        return out;
    }

    static URL[] classPathUrls() throws Exception {
        List<URL> urls = new ArrayList<>();
        String classPath = System.getProperty("java.class.path");
        for (String entry : classPath.split(File.pathSeparator)) {
            urls.add(new File(entry).toURI().toURL());
        }
        return urls.toArray(new URL[0]);
    }
}
