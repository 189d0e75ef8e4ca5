// notebake: jvm="-XX:-UseSerialGC -XX:+UseG1GC"
import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;

/** The JVM's collectors, generational settings, and collection counts under churn. */
public class GcBeans {
    static volatile byte[] sink;   // keeps the JIT from removing the allocations

    public static void main(String[] args) {
        // @start region=beans
        List<GarbageCollectorMXBean> collectors =
                ManagementFactory.getGarbageCollectorMXBeans();
        for (GarbageCollectorMXBean gc : collectors) {
            System.out.println("collector: " + gc.getName());
        }
        // @end

        // @start region=options
        HotSpotDiagnosticMXBean hotspot =
                ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        List<String> options =
                List.of("UseG1GC", "MaxTenuringThreshold", "InitialTenuringThreshold");
        for (String option : options) {
            System.out.println(option + " = " + hotspot.getVMOption(option).getValue());
        }
        // @end

        // @start region=churn
        long before = youngCollections(collectors);
        for (int i = 0; i < 4800; i++) {
            sink = new byte[64 * 1024];   // 300 MB of short-lived 64 KB arrays
        }
        long after = youngCollections(collectors);
        System.out.println("young collections happened while allocating: "
                + (after > before));
        // @end
    }

    static long youngCollections(List<GarbageCollectorMXBean> collectors) {
        return collectors.stream().filter(gc -> gc.getName().contains("Young"))
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }
}
