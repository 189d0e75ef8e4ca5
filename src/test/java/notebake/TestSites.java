package notebake;

import notebake.config.Config;
import notebake.config.ConfigLoader;
import notebake.verify.ShownRegion;
import notebake.verify.SnippetKind;
import notebake.verify.SnippetResult;
import notebake.verify.Status;
import notebake.verify.VerificationReport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.TreeMap;
import java.util.Map;

/** Builds small source folders in a temp dir, and verification results for them. */
public final class TestSites {

    private final Path root;
    private final List<SnippetResult> results = new ArrayList<>();
    private String snippetsFolder = "snippets";

    public TestSites(Path root) {
        this.root = root;
        write("content/sections.yml", """
                - key: basics
                  title: The basics
                  summary: Where it starts.
                - key: more
                  title: More
                  summary: Where it goes on.
                """);
    }

    public Path root() {
        return root;
    }

    public TestSites write(String path, String text) {
        try {
            Path p = root.resolve(path);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public TestSites note(String path, String title, String section, int order, String body) {
        return write("content/" + path, "---\ntitle: " + title + "\ndate: 2026-11-23\nsection: " + section
                + "\norder: " + order + "\ntags: [demo, java]\nsummary: About " + title + ".\n---\n" + body);
    }

    /**
     * A verified result, recorded as the verifier does with the SHA-256 of the snippet file as it is now; a missing
     * file is first written with {@code code}, so the build's freshness check sees the file that was "verified".
     */
    public TestSites verified(String path, String code, String stdout, String stderr, int exit, ShownRegion... regions) {
        results.add(new SnippetResult(path, SnippetKind.RUNNABLE, Status.VERIFIED, null, code, List.of(regions),
                stdout, false, stderr, false, exit, 84, "17.0.15", List.of(), false, null, snippetHash(path, code)));
        return this;
    }

    /** A compiled helper without {@code main}: verified, never run. */
    public TestSites helper(String path, String code) {
        results.add(new SnippetResult(path, SnippetKind.HELPER, Status.VERIFIED, null, code, List.of(),
                "", false, "", false, null, 0, "17.0.15", List.of(), false, null, snippetHash(path, code)));
        return this;
    }

    public TestSites failed(String path, String code, String reason) {
        results.add(new SnippetResult(path, SnippetKind.RUNNABLE, Status.FAILED, reason, code, List.of(),
                "", false, "Exception in thread \"main\"", false, 1, 12, "17.0.15", List.of(), false, null,
                snippetHash(path, code)));
        return this;
    }

    /** Where the snippet files of later {@link #verified} calls are (default {@code snippets}). */
    public TestSites snippetsIn(String folder) {
        this.snippetsFolder = folder;
        return this;
    }

    /** A result as given (e.g. without a source hash, like a results file from an older Notebake). */
    public TestSites result(SnippetResult result) {
        results.add(result);
        return this;
    }

    /** SHA-256 (lower-case hex) of the snippet file (under snippets/, or {@link #snippetsIn}), written with {@code code} first if missing. */
    public String snippetHash(String path, String code) {
        Path file = root.resolve(snippetsFolder).resolve(path);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, code, StandardCharsets.UTF_8);
            }
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public VerificationReport report() {
        return new VerificationReport(VerificationReport.FORMAT, root.resolve("snippets").toString(), results);
    }

    public Config config() {
        return ConfigLoader.load(root);
    }

    public BuildReport build() {
        return Notebake.build(config(), BuildOptions.strict(), report());
    }

    public String page(String uri) {
        try {
            return Files.readString(root.resolve("target/site").resolve(uri), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under {@code root} by its relative path, with its bytes: two trees compare with equals. */
    public static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
