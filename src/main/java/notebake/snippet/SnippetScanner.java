package notebake.snippet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds every {@code .java} file under a snippets folder (hidden folders and {@code target/} are skipped),
 * parses each into a {@link Snippet} and groups them by source root. A missing folder is an empty one.
 * Stateless and thread-safe.
 */
public final class SnippetScanner {

    private SnippetScanner() {
    }

    /**
     * Every usable snippet in path order, the same snippets grouped for compilation, and the files whose name
     * this JVM cannot represent (see {@link #unusableNameReason()}); those are in no group.
     */
    public record Scan(Path root, List<Snippet> snippets, List<CompilationGroup> groups, List<Snippet> unusable) {
    }

    /**
     * Why a file name with characters outside the JVM's file-name encoding cannot be verified: Java decodes
     * such names to U+FFFD and can then neither derive the golden files' names nor the classes' files.
     */
    public static String unusableNameReason() {
        return "the file name cannot be represented in this JVM's file-name encoding (sun.jnu.encoding="
                + System.getProperty("sun.jnu.encoding") + "); run the verifier with a UTF-8 locale, e.g. "
                + "LC_ALL=C.UTF-8";
    }

    public static Scan scan(Path snippetsRoot) {
        Path root = snippetsRoot.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.getFileName().toString().endsWith(".java") && Files.isRegularFile(p))
                        .filter(p -> !skipped(root.relativize(p)))
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list snippets folder " + root + ": " + e.getMessage(), e);
            }
        }
        List<Snippet> all = new ArrayList<>(files.parallelStream().map(f -> read(root, f)).toList());
        all.sort((a, b) -> a.path().compareTo(b.path()));
        List<Snippet> snippets = all.stream().filter(s -> s.path().indexOf('\uFFFD') < 0).toList();
        List<Snippet> unusable = all.stream().filter(s -> s.path().indexOf('\uFFFD') >= 0).toList();
        Map<Path, List<Snippet>> byRoot = new LinkedHashMap<>();
        for (Snippet s : snippets) {
            byRoot.computeIfAbsent(s.sourceRoot(), k -> new ArrayList<>()).add(s);
        }
        List<CompilationGroup> groups = new ArrayList<>();
        byRoot.forEach((r, list) -> groups.add(new CompilationGroup(r, list)));
        return new Scan(root, List.copyOf(snippets), List.copyOf(groups), unusable);
    }

    /** Whether a file of the snippets folder (path relative to it) lies in a folder the verifier skips. */
    public static boolean skipped(Path rel) {
        for (Path part : rel.getParent() == null ? List.<Path>of() : rel.getParent()) {
            String n = part.toString();
            if (n.startsWith(".") || n.equals("target")) {
                return true;
            }
        }
        return false;
    }

    /** Reads and parses one file; problems are recorded in the snippet, never thrown. */
    /** Offset of the first byte that does not decode as UTF-8 (the input is known to hold one). */
    static int firstMalformedByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(Math.max(16, bytes.length * 2));
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : Math.max(0, bytes.length - 1);
    }

    /** 1-based line of a byte offset: one plus the line feeds before it. */
    static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    public static Snippet read(Path root, Path file) {
        String rel = root.relativize(file).toString().replace('\\', '/');
        List<SnippetProblem> problems = new ArrayList<>();
        String source;
        String sha256 = null;
        try {
            byte[] bytes = Files.readAllBytes(file);
            sha256 = sha256(bytes);
            try {
                source = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                source = new String(bytes, StandardCharsets.UTF_8);
                int at = firstMalformedByte(bytes);
                problems.add(new SnippetProblem(rel, lineOf(bytes, at), String.format(java.util.Locale.ROOT,
                        "not valid UTF-8 (byte 0x%02X); save the file as UTF-8", bytes[at] & 0xff)));
            }
        } catch (IOException e) {
            source = "";
            problems.add(new SnippetProblem(rel, 0, "cannot read: " + notebake.internal.TextFiles.unreadable(e)));
        }
        if (source.startsWith("\uFEFF")) {
            source = source.substring(1);
            problems.add(new SnippetProblem(rel, 1, "the file starts with a byte order mark (U+FEFF), which javac "
                    + "rejects as an illegal character; save it as UTF-8 without BOM"));
        }
        List<String> lines = source.lines().toList();
        OptionsHeader.Parsed header = OptionsHeader.parse(rel, lines);
        problems.addAll(header.problems());
        Regions.Shown shown = Regions.parse(rel, lines, header.headerLines());
        problems.addAll(shown.problems());
        JavaSourceFacts facts = JavaSourceFacts.of(source, header.options().release());
        Path dir = file.getParent();
        Path sourceRoot = dir;
        if (!facts.packageName().isEmpty()) {
            String[] parts = facts.packageName().split("\\.");
            Path d = dir;
            boolean matches = true;
            for (int i = parts.length - 1; i >= 0; i--) {
                if (d == null || !d.startsWith(root) || d.equals(root) || !d.getFileName().toString().equals(parts[i])) {
                    matches = false;
                    break;
                }
                d = d.getParent();
            }
            if (matches) {
                sourceRoot = d;
            } else {
                problems.add(new SnippetProblem(rel, packageLine(lines), "package `" + facts.packageName()
                        + "` does not match the folder `" + root.relativize(dir).toString().replace('\\', '/')
                        + "`; move the file into a folder ending in `" + facts.packageName().replace('.', '/')
                        + "` or change the package"));
            }
        }
        return new Snippet(rel, file, sourceRoot, source, facts, header.options(), shown.code(), shown.regions(),
                problems, sha256);
    }

    /** Lower-case hex SHA-256 of the bytes, as {@link Snippet#sourceSha256()} records it. */
    public static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static int packageLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith("package ")) {
                return i + 1;
            }
        }
        return 0;
    }
}
