package notebake.verify;

import javax.tools.DiagnosticCollector;
import javax.tools.DiagnosticListener;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Compiles many source files in one {@code javax.tools} task, each file's classes going to its own output
 * folder. When some files do not compile, they are recorded as failed and the rest is compiled again
 * without them, until what is left compiles: one broken file never hides the others.
 * <p>
 * With the running JDK it compiles in-process; for another JDK it forks that JDK's {@code java} once per
 * batch with this class as the main class (the same code, that JDK's compiler). Instances are stateless;
 * calls are thread-safe.
 */
public final class BatchCompiler {

    /** One source file and the folder its classes go to. */
    public record Unit(Path file, Path outDir) {
    }

    /** A compiler message about a file ({@code file} is {@code null} when javac named none). */
    public record Message(Path file, long line, long column, String kind, String code, String text) {
    }

    /**
     * What happened.
     *
     * @param messages every message, by file, from the last task each file took part in
     * @param failed   files that did not compile
     * @param general  messages naming no file (they make every remaining file fail)
     * @param rounds   how many javac tasks ran
     */
    public record Outcome(Map<Path, List<Message>> messages, Set<Path> failed, List<String> general, int rounds) {
        public List<Message> messagesFor(Path file) {
            return messages.getOrDefault(file, List.of());
        }
    }

    private BatchCompiler() {
    }

    /** Compiles with the given JDK: in-process when it is the running one, else in a forked JVM of it. */
    public static Outcome compile(Jdk jdk, List<Unit> units, int release, Path scratch) {
        if (units.isEmpty()) {
            return new Outcome(Map.of(), Set.of(), List.of(), 0);
        }
        return jdk.running() ? compileInProcess(units, release) : compileForked(jdk, units, release, scratch);
    }

    /** Compiles with the running JDK's compiler, retrying without failing files. */
    public static Outcome compileInProcess(List<Unit> units, int release) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("the running Java is a JRE without a compiler; run with a JDK");
        }
        Map<Path, List<Message>> messages = new HashMap<>();
        Set<Path> failed = new LinkedHashSet<>();
        List<String> general = new ArrayList<>();
        List<Unit> left = new ArrayList<>(units);
        int rounds = 0;
        // the file manager reports bytes that are not UTF-8 (unmappable character) itself: without a listener
        // javac prints them raw to System.err; with this one they are the current round's diagnostics
        AtomicReference<DiagnosticCollector<JavaFileObject>> current = new AtomicReference<>();
        DiagnosticListener<JavaFileObject> toCurrentRound = d -> current.get().report(d);
        try (StandardJavaFileManager std = javac.getStandardFileManager(toCurrentRound, Locale.ENGLISH,
                StandardCharsets.UTF_8)) {
            std.setLocationFromPaths(StandardLocation.CLASS_PATH, List.of());
            std.setLocationFromPaths(StandardLocation.SOURCE_PATH, List.of());
            while (!left.isEmpty()) {
                rounds++;
                Map<Path, Path> outOf = new HashMap<>();
                for (Unit u : left) {
                    outOf.put(u.file().toAbsolutePath().normalize(), u.outDir());
                    clean(u.outDir());
                }
                DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
                current.set(diags);
                JavaFileManager routed = new RoutingFileManager(std, outOf);
                Iterable<? extends JavaFileObject> files = std.getJavaFileObjectsFromPaths(
                        left.stream().map(Unit::file).toList());
                List<String> options = List.of("--release", Integer.toString(release), "-encoding", "UTF-8",
                        "-proc:none", "-g", "-Xlint:none", "-Xmaxerrs", "10000");
                boolean ok;
                try {
                    ok = javac.getTask(null, routed, diags, options, null, files).call();
                } catch (RuntimeException e) {
                    general.add("javac crashed: " + e);
                    failed.addAll(outOf.keySet());
                    break;
                }
                Set<Path> roundFailed = new LinkedHashSet<>();
                boolean unattributedError = false;
                for (var d : diags.getDiagnostics()) {
                    Path file = d.getSource() == null ? null : toPath(d.getSource());
                    Message m = new Message(file, Math.max(0, d.getLineNumber()), Math.max(0, d.getColumnNumber()),
                            kindOf(d.getKind()), d.getCode(), d.getMessage(Locale.ENGLISH));
                    if (file == null) {
                        general.add(m.kind().toLowerCase(Locale.ROOT) + ": " + m.text());
                        unattributedError |= d.getKind() == javax.tools.Diagnostic.Kind.ERROR;
                        continue;
                    }
                    messages.computeIfAbsent(file, k -> new ArrayList<>()).add(m);
                    if (d.getKind() == javax.tools.Diagnostic.Kind.ERROR) {
                        roundFailed.add(file);
                    }
                }
                // errors of the file manager (bytes that are not UTF-8) do not make the task fail: check them too
                if (ok && roundFailed.isEmpty()) {
                    break;
                }
                if (roundFailed.isEmpty() || unattributedError) {
                    failed.addAll(outOf.keySet());
                    break;
                }
                failed.addAll(roundFailed);
                left.removeIf(u -> roundFailed.contains(u.file().toAbsolutePath().normalize()));
                // the next round must report fresh messages for the files still in it
                for (Unit u : left) {
                    messages.remove(u.file().toAbsolutePath().normalize());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Outcome(messages, failed, general, rounds);
    }

    private static String kindOf(javax.tools.Diagnostic.Kind k) {
        return switch (k) {
            case ERROR -> "ERROR";
            case WARNING, MANDATORY_WARNING -> "WARNING";
            default -> "NOTE";
        };
    }

    private static Path toPath(FileObject fo) {
        try {
            return Path.of(fo.toUri()).toAbsolutePath().normalize();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Path.of(fo.getName()).toAbsolutePath().normalize();
        }
    }

    private static void clean(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(dir)).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends each class file to the output folder of the source file it came from. */
    private static final class RoutingFileManager extends ForwardingJavaFileManager<StandardJavaFileManager> {
        private final Map<Path, Path> outOf;

        RoutingFileManager(StandardJavaFileManager std, Map<Path, Path> outOf) {
            super(std);
            this.outOf = outOf;
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                                   FileObject sibling) throws IOException {
            if (location == StandardLocation.CLASS_OUTPUT && sibling != null) {
                Path out = outOf.get(toPath(sibling));
                if (out != null) {
                    Path target = out.resolve(className.replace('.', '/') + kind.extension);
                    Files.createDirectories(target.getParent());
                    return fileManager.getJavaFileObjects(target).iterator().next();
                }
            }
            throw new IOException("no output folder for " + className + " (from " + sibling + ")");
        }
    }

    // ---- forked mode ----------------------------------------------------------------------------------------

    private static Outcome compileForked(Jdk jdk, List<Unit> units, int release, Path scratch) {
        try {
            Files.createDirectories(scratch);
            Path request = Files.createTempFile(scratch, "javac-", ".request");
            Path response = request.resolveSibling(request.getFileName() + ".response");
            List<String> lines = new ArrayList<>();
            lines.add(Integer.toString(release));
            for (Unit u : units) {
                lines.add(escape(u.outDir().toAbsolutePath().toString()) + "\t"
                        + escape(u.file().toAbsolutePath().normalize().toString()));
            }
            Files.write(request, lines, StandardCharsets.UTF_8);
            List<String> cmd = List.of(jdk.java().toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-XX:-UsePerfData", "-Xshare:auto", "-Duser.language=en", "-Duser.country=US", "-Dfile.encoding=UTF-8",
                    "-cp", ownCodeLocation().toString(), BatchCompiler.class.getName(),
                    request.toString(), response.toString());
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(scratch.resolve(request.getFileName() + ".log").toFile());
            pb.environment().put("LC_ALL", "C.UTF-8"); // file names in UTF-8 even where no locale is set
            Process p = pb.start();
            p.getOutputStream().close();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("forked javac of " + jdk + " did not finish in 10 minutes");
            }
            if (p.exitValue() != 0 || !Files.isRegularFile(response)) {
                String log = Files.readString(scratch.resolve(request.getFileName() + ".log"));
                throw new IllegalStateException("forked javac of " + jdk + " failed (exit " + p.exitValue() + "): "
                        + log.strip());
            }
            return readOutcome(Files.readAllLines(response, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run javac of " + jdk + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compiling", e);
        }
    }

    static Path ownCodeLocation() {
        try {
            return Path.of(BatchCompiler.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("cannot locate the verifier's own classes to fork javac", e);
        }
    }

    /** Forked entry point: {@code BatchCompiler REQUEST RESPONSE}. */
    public static void main(String[] args) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        int release = Integer.parseInt(lines.get(0).strip());
        List<Unit> units = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] parts = l.split("\t", -1);
            units.add(new Unit(Path.of(unescape(parts[1])), Path.of(unescape(parts[0]))));
        }
        Files.write(Path.of(args[1]), writeOutcome(compileInProcess(units, release)), StandardCharsets.UTF_8);
    }

    static List<String> writeOutcome(Outcome o) {
        List<String> out = new ArrayList<>();
        out.add("rounds\t" + o.rounds());
        o.messages().forEach((file, ms) -> {
            for (Message m : ms) {
                out.add(String.join("\t", "message", escape(file.toString()), Long.toString(m.line()),
                        Long.toString(m.column()), m.kind(), escape(String.valueOf(m.code())), escape(m.text())));
            }
        });
        for (Path f : o.failed()) {
            out.add("failed\t" + escape(f.toString()));
        }
        for (String g : o.general()) {
            out.add("general\t" + escape(g));
        }
        return out;
    }

    static Outcome readOutcome(List<String> lines) {
        Map<Path, List<Message>> messages = new LinkedHashMap<>();
        Set<Path> failed = new LinkedHashSet<>();
        List<String> general = new ArrayList<>();
        int rounds = 0;
        for (String l : lines) {
            String[] p = l.split("\t", -1);
            switch (p[0]) {
                case "rounds" -> rounds = Integer.parseInt(p[1]);
                case "message" -> {
                    Path f = Path.of(unescape(p[1]));
                    messages.computeIfAbsent(f, k -> new ArrayList<>()).add(new Message(f, Long.parseLong(p[2]),
                            Long.parseLong(p[3]), p[4], unescape(p[5]), unescape(p[6])));
                }
                case "failed" -> failed.add(Path.of(unescape(p[1])));
                case "general" -> general.add(unescape(p[1]));
                default -> throw new IllegalStateException("unexpected line from forked javac: " + l);
            }
        }
        return new Outcome(messages, failed, general, rounds);
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
