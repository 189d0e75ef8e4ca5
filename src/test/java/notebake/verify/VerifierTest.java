package notebake.verify;

import notebake.config.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The verifier's workflow: skipping, strictness, flakiness, --update, the cache, --only, empty folders. */
class VerifierTest {

    @Test
    void emptyOrMissingSnippetsFolderVerifiesFine(@TempDir Path source) {
        Config config = notebake.config.ConfigLoader.load(source);
        VerificationReport r = Verifier.verify(config, VerifyOptions.defaults());
        assertEquals(0, r.snippets().size());
        assertTrue(Verifier.passed(r, VerifyOptions.defaults().withStrict(true)));
        assertTrue(Files.isRegularFile(config.resultsFile()));
    }

    @Test
    void releaseWithoutAnInstalledJdkIsSkippedVisiblyAndFailsUnderStrict(@TempDir Path source) {
        Config config = Fixtures.sourceWith(source, "release21");
        VerifyOptions options = VerifyOptions.defaults().withDiscoverJdks(false);
        assumeTrue(Runtime.version().feature() < 21, "the running JDK is new enough itself");
        VerificationReport r = Verifier.verify(config, options);
        SnippetResult s = r.find("release21/Virtual.java").orElseThrow();
        assertEquals(Status.SKIPPED, s.status());
        assertTrue(s.reason().startsWith("it needs Java 21 (release=21) but no installed JDK is that new (found: "
                + Runtime.version().feature()), s.reason());
        assertTrue(s.reason().contains("verify.jdks"), s.reason());
        assertTrue(Verifier.passed(r, options));
        assertFalse(Verifier.passed(r, options.withStrict(true)));
    }

    @Test
    void configuredJdkIsUsedWithoutDiscovery(@TempDir Path source) {
        Jdk newer = JdkDiscovery.find(List.of(), true).stream().filter(j -> j.feature() >= 21).findFirst().orElse(null);
        assumeTrue(newer != null, "no JDK 21+ installed");
        Config c = Fixtures.sourceWith(source, "release21");
        Config config = new Config(c.source(), c.contentDir(), c.snippetsDir(), c.templatesDir(), c.assetsDir(),
                c.workDir(), c.siteDir(), c.siteTitle(), c.siteUrl(), c.repositoryUrl(), 2, c.defaultTimeout(),
                List.of(newer.home()));
        VerificationReport r = Verifier.verify(config, VerifyOptions.defaults().withDiscoverJdks(false));
        SnippetResult s = r.find("release21/Virtual.java").orElseThrow();
        assertEquals(Status.VERIFIED, s.status(), s.reason());
        assertEquals(newer.version(), s.jdk());
    }

    @Test
    void aJdkWhoseCompilerCannotRunFailsItsSnippetsNotTheRun(@TempDir Path source) throws Exception {
        Path fake = source.resolve("fake-jdk");
        Files.createDirectories(fake.resolve("bin"));
        Files.writeString(fake.resolve("bin/java"), "not a program");
        Files.writeString(fake.resolve("bin/javac"), "not a program");
        Files.writeString(fake.resolve("release"), "JAVA_VERSION=\"99\"\n");
        Path snippets = Files.createDirectories(source.resolve("snippets/future"));
        Files.writeString(snippets.resolve("Future.java"), "// notebake: release=99\npublic class Future { "
                + "public static void main(String[] a) { } }");
        Files.writeString(snippets.resolve("Rejected.java"), "// notebake: release=99 compile-error\nclass Rejected {}");
        Config c = Fixtures.sourceWith(source, "html");
        Config config = new Config(c.source(), c.contentDir(), c.snippetsDir(), c.templatesDir(), c.assetsDir(),
                c.workDir(), c.siteDir(), c.siteTitle(), c.siteUrl(), c.repositoryUrl(), 2, c.defaultTimeout(),
                List.of(fake));
        VerificationReport r = Verifier.verify(config, VerifyOptions.defaults().withDiscoverJdks(false));
        SnippetResult future = r.find("future/Future.java").orElseThrow();
        assertEquals(Status.FAILED, future.status());
        assertTrue(future.reason().contains("could not run the compiler of JDK 99"), future.reason());
        SnippetResult rejected = r.find("future/Rejected.java").orElseThrow();
        assertEquals(Status.FAILED, rejected.status());
        assertTrue(rejected.reason().startsWith("could not check the expected compile error"), rejected.reason());
        assertEquals(Status.VERIFIED, r.find("html/PrintsHtml.java").orElseThrow().status());
    }

    @Test
    void repeatFindsFlakyOutput(@TempDir Path source) throws Exception {
        Config config = Fixtures.sourceWith(source, "flaky", "html");
        Path dir = Files.createDirectories(source.resolve("snippets/identity"));
        Files.writeString(dir.resolve("IdentityHash.java"), "public class IdentityHash { public static void "
                + "main(String[] a) { System.out.println(new Object().hashCode()); } }");
        Files.writeString(dir.resolve("IdentityHash.out"), "0\n");
        VerificationReport r = Verifier.verify(config, VerifyOptions.defaults().withRepeat(2));
        SnippetResult flaky = r.find("flaky/Flaky.java").orElseThrow();
        assertEquals(Status.FAILED, flaky.status());
        assertTrue(flaky.flaky());
        assertTrue(flaky.reason().startsWith("flaky: run 2 of 2 printed different (masked) output"), flaky.reason());
        SnippetResult identity = r.find("identity/IdentityHash.java").orElseThrow();
        assertEquals(Status.FAILED, identity.status(), "identity hashes must not look stable under --repeat");
        assertTrue(identity.flaky());
        SnippetResult steady = r.find("html/PrintsHtml.java").orElseThrow();
        assertEquals(Status.VERIFIED, steady.status(), steady.reason());
        assertFalse(steady.flaky());
    }

    @Test
    void updateWritesGoldenFilesThenTheCacheServesUnchangedSnippets(@TempDir Path source) throws Exception {
        Config config = Fixtures.sourceWith(source, "stdin", "expected-exception");
        Path out = source.resolve("snippets/stdin/ReadsStdin.out");
        Path err = source.resolve("snippets/expected-exception/ExpectedException.err");
        Files.delete(out);
        Files.delete(err);
        assertEquals(Status.FAILED, Verifier.verify(config, VerifyOptions.defaults()).find("stdin/ReadsStdin.java")
                .orElseThrow().status());

        VerificationReport updated = Verifier.verify(config, VerifyOptions.defaults().withUpdate(true));
        assertEquals(2, updated.verified());
        assertEquals("HELLO\nWORLD\n", Files.readString(out));
        assertTrue(Files.readString(err).startsWith("Exception in thread \"main\" java.lang.IllegalStateException"));

        List<String> log = new ArrayList<>();
        VerificationReport warm = Verifier.verify(config, VerifyOptions.defaults().withLog(log::add));
        assertEquals(2, warm.verified());
        assertTrue(log.stream().anyMatch(l -> l.startsWith("2 snippets (2 from cache)")), log::toString);
        assertTrue(log.stream().noneMatch(l -> l.startsWith("compiled")), log::toString);

        Files.writeString(out, "HELLO\nTHERE\n");
        log.clear();
        VerificationReport changed = Verifier.verify(config, VerifyOptions.defaults().withLog(log::add));
        SnippetResult s = changed.find("stdin/ReadsStdin.java").orElseThrow();
        assertEquals(Status.FAILED, s.status());
        assertTrue(s.reason().contains("-THERE") && s.reason().contains("+WORLD"), s.reason());
        assertTrue(log.contains("verifying stdin/ReadsStdin.java: golden ReadsStdin.out changed"), log::toString);
    }

    @Test
    void helperChangeAndCorruptEntryAreExplainedAndRebuilt(@TempDir Path source) throws Exception {
        Config config = Fixtures.sourceWith(source, "packaged");
        assertEquals(2, Verifier.verify(config, VerifyOptions.defaults()).verified());
        Path helper = source.resolve("snippets/packaged/demo/util/Greeter.java");
        Files.writeString(helper, Files.readString(helper).replace("hello, ", "hi, "));
        List<String> log = new ArrayList<>();
        VerificationReport r = Verifier.verify(config, VerifyOptions.defaults().withLog(log::add));
        assertTrue(log.contains("verifying packaged/demo/app/App.java: helper packaged/demo/util/Greeter.java changed"),
                log::toString);
        assertEquals(Status.FAILED, r.find("packaged/demo/app/App.java").orElseThrow().status());
        Files.writeString(helper, Files.readString(helper).replace("hi, ", "hello, "));
        assertEquals(2, Verifier.verify(config, VerifyOptions.defaults()).verified());

        try (Stream<Path> s = Files.walk(config.workDir().resolve("cache/entries"))) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Files.writeString(p, Files.readString(p).replace("hello", "HACKED"));
            }
        }
        log.clear();
        VerificationReport rebuilt = Verifier.verify(config, VerifyOptions.defaults().withLog(log::add));
        assertEquals(2, rebuilt.verified());
        assertEquals("hello, packages\n", rebuilt.find("packaged/demo/app/App.java").orElseThrow().stdout());
        assertTrue(log.stream().anyMatch(l -> l.contains("corrupt")), log::toString);
    }

    @Test
    void foldersAreIsolatedEvenWhenCompiledInOneTask(@TempDir Path source) throws Exception {
        Path snippets = source.resolve("snippets");
        for (String page : new String[]{"a", "b"}) {
            Files.createDirectories(snippets.resolve(page));
            Files.writeString(snippets.resolve(page + "/Main.java"), "public class Main { public static void main("
                    + "String[] args) { System.out.println(\"" + page + "\"); } }");
            Files.writeString(snippets.resolve(page + "/Main.out"), page + "\n");
        }
        Files.createDirectories(snippets.resolve("c"));
        Files.writeString(snippets.resolve("c/Tool.java"), "public class Tool { static int answer() { return 42; } }");
        Files.createDirectories(snippets.resolve("d"));
        Files.writeString(snippets.resolve("d/UsesTool.java"), "public class UsesTool { public static void main("
                + "String[] args) { System.out.println(Tool.answer()); } }");
        VerificationReport r = Verifier.verify(notebake.config.ConfigLoader.load(source), VerifyOptions.defaults());
        assertEquals(Status.VERIFIED, r.find("a/Main.java").orElseThrow().status());
        assertEquals("b\n", r.find("b/Main.java").orElseThrow().stdout());
        assertEquals(Status.VERIFIED, r.find("c/Tool.java").orElseThrow().status());
        SnippetResult uses = r.find("d/UsesTool.java").orElseThrow();
        assertEquals(Status.FAILED, uses.status());
        assertTrue(uses.reason().contains("cannot find symbol"), "a class of another folder is not visible: "
                + uses.reason());
    }

    @Test
    void anExclusiveSnippetRunsWhileNoOtherRuns(@TempDir Path source) throws Exception {
        Path marker = source.resolve("exclusive-running");
        String watcher = "public class W%d { public static void main(String[] a) throws Exception { "
                + "boolean overlap = false; for (int i = 0; i < 60; i++) { overlap |= java.nio.file.Files.exists("
                + "java.nio.file.Path.of(a[0])); Thread.sleep(10); } System.out.println(overlap ? \"overlap\" : \"alone\"); } }";
        for (int i = 0; i < 3; i++) {
            Path dir = Files.createDirectories(source.resolve("snippets/w" + i));
            Files.writeString(dir.resolve("W" + i + ".java"), "// notebake: args=\"" + marker + "\"\n"
                    + watcher.formatted(i));
            Files.writeString(dir.resolve("W" + i + ".out"), "alone\n");
        }
        Path x = Files.createDirectories(source.resolve("snippets/x"));
        Files.writeString(x.resolve("X.java"), "// notebake: exclusive args=\"" + marker + "\"\n"
                + "public class X { public static void main(String[] a) throws Exception { java.nio.file.Path m = "
                + "java.nio.file.Path.of(a[0]); java.nio.file.Files.createFile(m); Thread.sleep(700); "
                + "java.nio.file.Files.delete(m); } }");
        Files.writeString(x.resolve("X.out"), "");
        Config config = notebake.config.ConfigLoader.load(source).withJobs(4);
        VerificationReport r = Verifier.verify(config, VerifyOptions.defaults());
        for (SnippetResult s : r.snippets()) {
            assertEquals(Status.VERIFIED, s.status(), s.path() + ": " + s.reason());
        }
        assertEquals(4, r.verified());
    }

    @Test
    void onlySelectsByPathOrFileName(@TempDir Path source) {
        Config config = Fixtures.sourceWith(source, "html", "stdin", "chinese");
        assertEquals(List.of("html/PrintsHtml.java"), Verifier.verify(config,
                VerifyOptions.defaults().withOnly("html/**")).snippets().stream().map(SnippetResult::path).toList());
        assertEquals(List.of("stdin/ReadsStdin.java"), Verifier.verify(config,
                VerifyOptions.defaults().withOnly("Reads*.java")).snippets().stream().map(SnippetResult::path).toList());
        assertEquals(List.of("html/PrintsHtml.java", "stdin/ReadsStdin.java"), ResultsFile.read(config.resultsFile())
                .snippets().stream().map(SnippetResult::path).toList(), "the results file keeps earlier results");
    }

    @Test
    void eachFileRunsOnTheLowestJdkOfItsOwnReleaseNotItsGroups(@TempDir Path source) throws Exception {
        Jdk newer = JdkDiscovery.find(List.of(), true).stream().filter(j -> j.feature() >= 21).findFirst().orElse(null);
        assumeTrue(newer != null, "no JDK 21+ installed");
        assumeTrue(Runtime.version().feature() < 21, "the running JDK is new enough itself");
        Path dir = Files.createDirectories(source.resolve("snippets/mixed"));
        Files.writeString(dir.resolve("Tool.java"), "class Tool { static String name() { return \"tool\"; } }");
        Files.writeString(dir.resolve("Old.java"), "public class Old { public static void main(String[] a) { "
                + "System.out.println(Tool.name() + \" \" + Runtime.version().feature()); } }");
        Files.writeString(dir.resolve("Virtual.java"), "// notebake: release=21\npublic class Virtual { public "
                + "static void main(String[] a) throws Exception { Thread t = Thread.ofVirtual().start(() -> "
                + "System.out.println(Tool.name() + \" \" + Runtime.version().feature())); t.join(); } }");
        Config config = notebake.config.ConfigLoader.load(source);
        VerificationReport r = Verifier.verify(config, VerifyOptions.defaults().withUpdate(true));
        SnippetResult old = r.find("mixed/Old.java").orElseThrow();
        SnippetResult virtual = r.find("mixed/Virtual.java").orElseThrow();
        SnippetResult tool = r.find("mixed/Tool.java").orElseThrow();
        assertEquals(Status.VERIFIED, old.status(), old.reason());
        assertEquals(Status.VERIFIED, virtual.status(), virtual.reason());
        assertEquals(JdkDiscovery.running().version(), old.jdk());
        assertEquals("tool " + Runtime.version().feature() + "\n", old.stdout(), "run by the lowest JDK");
        assertEquals(JdkDiscovery.running().version(), tool.jdk(), "a helper is judged at its own level");
        assertEquals(newer.version(), virtual.jdk());
        assertEquals("tool " + newer.feature() + "\n", virtual.stdout());
    }

    @Test
    void aFileUsingAHigherReleaseFileIsToldToDeclareThatRelease(@TempDir Path source) throws Exception {
        Path dir = Files.createDirectories(source.resolve("snippets/mixed"));
        Files.writeString(dir.resolve("Modern.java"), "// notebake: release=21\nclass Modern { static String hi() "
                + "{ return \"hi\"; } }");
        Files.writeString(dir.resolve("Uses.java"), "public class Uses { public static void main(String[] a) { "
                + "System.out.println(Modern.hi()); } }");
        Files.writeString(dir.resolve("Alone.java"), "public class Alone { public static void main(String[] a) { "
                + "System.out.println(1); } }");
        Config config = notebake.config.ConfigLoader.load(source);
        VerificationReport r = Verifier.verify(config, VerifyOptions.defaults().withUpdate(true));
        SnippetResult uses = r.find("mixed/Uses.java").orElseThrow();
        assertEquals(Status.FAILED, uses.status());
        assertTrue(uses.reason().startsWith("does not compile (line 1): cannot find symbol"), uses.reason());
        assertTrue(uses.reason().endsWith("; it uses Modern (mixed/Modern.java, release=21), which is compiled "
                + "only for Java 21: declare release=21 in its header"), uses.reason());
        assertEquals(Status.VERIFIED, r.find("mixed/Alone.java").orElseThrow().status());
    }

    @Test
    void byReleaseCutsAGroupIntoNestedLevels(@TempDir Path source) throws Exception {
        Path dir = Files.createDirectories(source.resolve("snippets/g"));
        Files.writeString(dir.resolve("A.java"), "class A {}");
        Files.writeString(dir.resolve("B.java"), "// notebake: release=21\nclass B {}");
        Files.writeString(dir.resolve("C.java"), "// notebake: release=11\nclass C {}");
        var g = notebake.snippet.SnippetScanner.scan(source.resolve("snippets")).groups().get(0);
        List<List<String>> levels = Verifier.byRelease(g).stream().map(l -> l.snippets().stream()
                .map(notebake.snippet.Snippet::path).toList()).toList();
        assertEquals(List.of(List.of("g/C.java"), List.of("g/A.java", "g/C.java"),
                List.of("g/A.java", "g/B.java", "g/C.java")), levels);
    }

    @Test
    void messagesNameTheCommandAndCountProperly(@TempDir Path source) throws Exception {
        Path dir = Files.createDirectories(source.resolve("snippets/m"));
        Files.writeString(dir.resolve("Hello.java"), "// notebake: bogus=1\npublic class Hello { public static void "
                + "main(String[] a) { System.out.println(1); } }");
        Files.writeString(dir.resolve("New.java"), "public class New { public static void main(String[] a) { "
                + "System.out.println(2); } }");
        Files.writeString(dir.resolve("Two.java"), "class Two { int x = \"a\"; int y = \"b\"; }");
        Files.writeString(dir.resolve("Three.java"), "class Three { int x = \"a\"; int y = \"b\"; int z = \"c\"; }");
        Config config = notebake.config.ConfigLoader.load(source);
        VerificationReport r = Verifier.verify(config, VerifyOptions.defaults());
        String fresh = r.find("m/New.java").orElseThrow().reason();
        assertTrue(fresh.startsWith("no golden file New.out yet; check the output and accept it with verify --update "
                + "(Maven: mvn site -Dnotebake.update=true); it printed\nstdout:\n| 2"), fresh);
        assertFalse(fresh.contains("notebake verify"), fresh);
        assertTrue(r.find("m/Two.java").orElseThrow().reason().endsWith("(and 1 more error)"));
        assertTrue(r.find("m/Three.java").orElseThrow().reason().endsWith("(and 2 more errors)"));

        VerificationReport updated = Verifier.verify(config, VerifyOptions.defaults().withUpdate(true));
        SnippetResult hello = updated.find("m/Hello.java").orElseThrow();
        assertEquals(Status.FAILED, hello.status());
        assertEquals("line 1: unknown option `bogus`; known options: timeout, args, stdin, exit, exception, "
                + "compile-error, release, output, mask, mask-regex, jvm, exclusive (see content/guide/authoring.md); "
                + "golden files not written until that is fixed; then run verify --update again", hello.reason());
        assertFalse(Files.exists(dir.resolve("Hello.out")), "a snippet with problems gets no golden file");
        assertEquals(Status.VERIFIED, updated.find("m/New.java").orElseThrow().status());
    }

    @Test
    void aLatin1SnippetFailsOnTheLineOfItsBadByteOnce(@TempDir Path source) throws Exception {
        Path dir = Files.createDirectories(source.resolve("snippets/enc"));
        Files.write(dir.resolve("Latin.java"), ("public class Latin {\n  public static void main(String[] a) {\n"
                + "    System.out.println(\"caf\u00e9\");\n  }\n}\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        SnippetResult s = Verifier.verify(notebake.config.ConfigLoader.load(source), VerifyOptions.defaults())
                .find("enc/Latin.java").orElseThrow();
        assertEquals(Status.FAILED, s.status());
        assertEquals("line 3: not valid UTF-8 (byte 0xE9); save the file as UTF-8; does not compile (line 3): "
                + "unmappable character (0xE9) for encoding UTF-8", s.reason());
        assertEquals(3, notebake.report.ConsoleSummary.render(new VerificationReport(VerificationReport.FORMAT, "/",
                List.of(s)), "", false).lines().findFirst().map(l -> l.startsWith("FAILED enc/Latin.java:3: not valid")
                ? 3 : 0).orElse(0));
    }

    static String sha256Of(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(file)));
    }

    @Test
    void resultsRecordTheHashOfTheSourceTheyWereVerifiedFrom(@TempDir Path source) throws Exception {
        Path dir = Files.createDirectories(source.resolve("snippets/h"));
        Path hi = dir.resolve("Hi.java");
        Files.writeString(hi, "public class Hi { public static void main(String[] a) { System.out.println(1); } }");
        Path latin = dir.resolve("Latin.java");
        Files.write(latin, "class Latin { String s = \"caf\u00e9\"; }".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Config config = notebake.config.ConfigLoader.load(source);
        VerificationReport first = Verifier.verify(config, VerifyOptions.defaults().withUpdate(true));
        String hash = sha256Of(hi);
        assertEquals(hash, first.find("h/Hi.java").orElseThrow().sourceSha256());
        assertEquals(Status.FAILED, first.find("h/Latin.java").orElseThrow().status());
        assertEquals(sha256Of(latin), first.find("h/Latin.java").orElseThrow().sourceSha256(),
                "the bytes as read, not as (wrongly) decoded");
        assertEquals(hash, ResultsFile.read(config.resultsFile()).find("h/Hi.java").orElseThrow().sourceSha256());
        assertTrue(Files.readString(config.resultsFile()).contains("\"sourceSha256\" : \"" + hash + "\""));

        List<String> log = new ArrayList<>();
        VerificationReport cached = Verifier.verify(config, VerifyOptions.defaults().withLog(log::add));
        assertTrue(log.stream().noneMatch(l -> l.contains("verifying h/Hi.java")), log.toString());
        assertEquals(hash, cached.find("h/Hi.java").orElseThrow().sourceSha256(), "a cached result has it too");

        Files.writeString(hi, "public class Hi { public static void main(String[] a) { System.out.println(2); } }");
        SnippetResult changed = Verifier.verify(config, VerifyOptions.defaults()).find("h/Hi.java").orElseThrow();
        assertEquals(Status.FAILED, changed.status(), "its golden file says 1");
        assertEquals(sha256Of(hi), changed.sourceSha256());
        assertFalse(hash.equals(changed.sourceSha256()));
    }

    @Test
    void aResultsFileWithoutHashesStillReads(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("results.json");
        Files.writeString(file, "{\"format\": 1, \"snippetsRoot\": \"/s\", \"snippets\": [{\"path\": \"a/A.java\", "
                + "\"kind\": \"RUNNABLE\", \"status\": \"VERIFIED\", \"stdout\": \"1\\n\", \"millis\": 3}]}");
        SnippetResult r = ResultsFile.read(file).find("a/A.java").orElseThrow();
        assertEquals(null, r.sourceSha256());
        assertEquals("1\n", r.stdout());
        assertEquals("", r.code(), "no code in the file reads as none, never as null");
    }
}
