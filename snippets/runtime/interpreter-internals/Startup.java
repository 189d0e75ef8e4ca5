import java.lang.management.ManagementFactory;

/** A few facts about the running JVM, and an exit hook that runs after main returns. */
public class Startup {
    public static void main(String[] args) {
        // @start region=loaders
        ClassLoader app = Startup.class.getClassLoader();
        System.out.println("this class:      loaded by \"" + app.getName()
                + "\" (the class path)");
        System.out.println("its parent:      \"" + app.getParent().getName()
                + "\" (JDK modules such as java.sql)");
        System.out.println("String's loader: " + String.class.getClassLoader()
                + " (the bootstrap loader, java.base)");
        // @end

        // @start region=runtime
        System.out.println("main thread:     " + Thread.currentThread().getName());
        int loaded = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
        System.out.println("more than 200 classes already loaded: " + (loaded > 200));
        System.out.println("JIT compiler present: "
                + (ManagementFactory.getCompilationMXBean() != null));
        // @end

        // @start region=hook
        Thread hook =
                new Thread(() -> System.out.println("shutdown hook: cleaning up"));
        Runtime.getRuntime().addShutdownHook(hook);
        System.out.println("main ends");
        // @end
    }
}
