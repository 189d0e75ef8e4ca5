import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the JVM looks for classes: the class path and the boot layer's modules. */
public class SearchPath {
    public static void main(String[] args) {
        // @start region=classpath
        String classPath = System.getProperty("java.class.path");   // sys.path
        String[] entries = classPath.split(File.pathSeparator);
        System.out.println("class path entries: " + entries.length);
        for (String entry : entries) {
            Path p = Path.of(entry);
            String kind = Files.isDirectory(p) ? "directory" : "jar or missing file";
            String holding = Files.exists(p.resolve("SearchPath.class"))
                    ? " holding SearchPath.class" : "";
            System.out.println("  a " + kind + holding);
        }
        System.out.println("found via the class loader: "
                + ClassLoader.getSystemResource("SearchPath.class").getProtocol()
                + " URL");
        // @end

        // @start region=modules
        System.out.println("java.* modules in the boot layer:");
        ModuleLayer.boot().modules().stream()
                .map(Module::getName)
                .filter(name -> name.startsWith("java."))
                .sorted()
                .forEach(name -> System.out.println("  " + name));
        // @end
    }
}
