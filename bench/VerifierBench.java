import notebake.config.Config;
import notebake.config.ConfigLoader;
import notebake.verify.BatchCompiler;
import notebake.verify.VerificationReport;
import notebake.verify.Verifier;
import notebake.verify.VerifyOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Verifier benchmark (not a unit test). Run from the repository root after `mvn -o -q package -DskipTests`:
 *
 *   java -cp target/notebake.jar bench/VerifierBench.java [N_COLD] [N_WARM]
 *
 * 1. cold: N_COLD (100) generated small runnable snippets, each in its own folder like real notes.
 *    Baseline: `java File.java` for each, one after another. Verifier: `java -jar target/notebake.jar verify`
 *    in a fresh JVM with an empty cache (golden files accepted beforehand, so it compiles, runs and compares).
 *    Floor: the batch compile time of that run + one empty JVM start x N / cores.
 * 2. warm: N_WARM (200) snippets verified once, then again with nothing changed: the verifier's own time
 *    (in-process) and the whole command's wall time.
 * Everything is written under target/bench-verifier/. The machine is shared: the load average is printed.
 */
public class VerifierBench {

    static final Path WORK = Path.of("target/bench-verifier").toAbsolutePath();
    static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    public static void main(String[] args) throws Exception {
        int nCold = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int nWarm = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "machine: %d cores, Java %s, load average at start: %s%n", cores,
                Runtime.version(), load());

        // ---- cold ----
        Path cold = WORK.resolve("cold");
        deleteTree(cold);
        List<Path> files = generate(cold.resolve("snippets"), nCold);
        run(List.of(JAVA, "-jar", "target/notebake.jar", "verify", "--source", cold.toString(), "--update"));
        deleteTree(cold.resolve("target"));

        long t = System.nanoTime();
        for (Path f : files) {
            Process p = new ProcessBuilder(JAVA, f.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("baseline failed on " + f);
            }
        }
        long baseline = ms(t);

        Path coldLog = WORK.resolve("cold-verify.log");
        t = System.nanoTime();
        int rc = new ProcessBuilder(JAVA, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", "target/notebake.jar",
                "verify", "--source", cold.toString(), "--no-cache", "--explain").redirectErrorStream(true)
                .redirectOutput(coldLog.toFile()).start().waitFor();
        long verifier = ms(t);
        if (rc != 0) {
            throw new IllegalStateException("cold verify failed: exit " + rc + ", see " + coldLog);
        }
        // floor: the batch compile of that very run (its "compiled ... N ms" lines) + one empty JVM start x N / cores
        long compileWarmish = 0;
        for (String line : Files.readAllLines(coldLog)) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^compiled .*, (\\d+) ms").matcher(line);
            if (m.find()) {
                compileWarmish += Long.parseLong(m.group(1));
            }
        }
        Path floorOut = WORK.resolve("floor");
        deleteTree(floorOut);
        Path hello = floorOut.resolve("hello");
        Files.createDirectories(hello);
        Files.writeString(hello.resolve("Hello.java"), "public class Hello { public static void main(String[] a) {} }");
        BatchCompiler.compileInProcess(List.of(new BatchCompiler.Unit(hello.resolve("Hello.java"), hello)), 17);
        List<Long> starts = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            long s = System.nanoTime();
            run(List.of(JAVA, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-cp", hello.toString(),
                    "Hello"));
            starts.add(ms(s));
        }
        starts.sort(null);
        long jvmStart = starts.get(starts.size() / 2);
        long floor = compileWarmish + jvmStart * nCold / cores;

        System.out.printf(Locale.ROOT, "cold, %d snippets:%n", nCold);
        System.out.printf(Locale.ROOT, "  baseline `java File.java` x %d, sequential: %,d ms (%d ms each)%n", nCold,
                baseline, baseline / nCold);
        System.out.printf(Locale.ROOT, "  notebake verify (fresh JVM, empty cache):   %,d ms -> %.1fx faster%n", verifier,
                (double) baseline / verifier);
        System.out.printf(Locale.ROOT, "  floor: batch compile %,d ms + JVM start %d ms x %d / %d cores = %,d ms%n",
                compileWarmish, jvmStart, nCold, cores, floor);

        // ---- warm ----
        Path warm = WORK.resolve("warm");
        deleteTree(warm);
        generate(warm.resolve("snippets"), nWarm);
        run(List.of(JAVA, "-jar", "target/notebake.jar", "verify", "--source", warm.toString(), "--update"));
        Config config = ConfigLoader.load(warm);
        List<Long> inProcess = new ArrayList<>();
        List<Long> inProcessCpu = new ArrayList<>();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        for (int i = 0; i < 5; i++) {
            t = System.nanoTime();
            long cpu = os.getProcessCpuTime();
            VerificationReport r = Verifier.verify(config, VerifyOptions.defaults());
            inProcess.add(ms(t));
            inProcessCpu.add((os.getProcessCpuTime() - cpu) / 1_000_000);
            if (r.verified() != nWarm) {
                throw new IllegalStateException("warm verify: " + r.verified() + " verified");
            }
        }
        Path timeFile = WORK.resolve("warm-time.txt");
        List<String> warmCmd = new ArrayList<>(List.of(JAVA, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar",
                "target/notebake.jar", "verify", "--source", warm.toString()));
        boolean gnuTime = Files.isExecutable(Path.of("/usr/bin/time"));
        if (gnuTime) {
            warmCmd.addAll(0, List.of("/usr/bin/time", "-o", timeFile.toString(), "-f", "%U %S"));
        }
        t = System.nanoTime();
        run(warmCmd);
        long warmWall = ms(t);
        String warmCpu = "n/a";
        if (gnuTime) {
            String[] us = Files.readString(timeFile).strip().split("\\s+");
            warmCpu = Math.round((Double.parseDouble(us[0]) + Double.parseDouble(us[1])) * 1000) + " ms";
        }
        System.out.printf(Locale.ROOT, "warm, %d snippets, nothing changed:%n", nWarm);
        System.out.printf(Locale.ROOT, "  verifier work in-process, wall: first %d ms, then %s ms%n", inProcess.get(0),
                inProcess.subList(1, inProcess.size()));
        System.out.printf(Locale.ROOT, "  verifier work in-process, CPU:  first %d ms, then %s ms%n",
                inProcessCpu.get(0), inProcessCpu.subList(1, inProcessCpu.size()));
        System.out.printf(Locale.ROOT, "  whole `java -jar notebake.jar verify` command: %,d ms wall, %s CPU "
                + "(includes JVM start)%n", warmWall, warmCpu);
        System.out.printf(Locale.ROOT, "load average at end: %s%n", load());
    }

    static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    static List<Path> generate(Path root, int n) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = String.format(Locale.ROOT, "Snippet%03d", i);
            Path dir = root.resolve(String.format(Locale.ROOT, "section%d/page%03d", i % 7, i));
            Files.createDirectories(dir);
            Path f = dir.resolve(name + ".java");
            Files.writeString(f, """
                    import java.util.List;
                    import java.util.stream.Collectors;
                    import java.util.stream.IntStream;

                    public class %1$s {
                        record Point(int x, int y) {}

                        public static void main(String[] args) {
                            // @start region=main
                            List<Integer> squares = IntStream.rangeClosed(1, %2$d).map(i -> i * i).boxed().toList();
                            System.out.println("squares: " + squares);
                            System.out.println("sum: " + squares.stream().mapToInt(Integer::intValue).sum());
                            System.out.println(new Point(%2$d, %3$d));
                            System.out.println(squares.stream().map(String::valueOf).collect(Collectors.joining("-")));
                            // @end
                        }
                    }
                    """.formatted(name, 5 + i % 10, i));
            files.add(f);
        }
        return files;
    }

    static int run(List<String> cmd) throws IOException, InterruptedException {
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start().waitFor();
    }

    static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
