package notebake.postpass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchIndexBuilderTest {

    @TempDir
    Path site;

    private static final String NOTE = """
            <!doctype html><html><head><title>ThreadLocal — Site</title>
            <meta name="notebake:area" content="Threads and synchronization">
            <meta name="notebake:alias" content="线程本地变量">
            <meta name="notebake:alias" content="ThreadLocal 的使用">
            <meta name="notebake:tag" content="threads">
            </head><body>
            <nav class="sidebar"><a href="x.html">Sidebar link text</a></nav>
            <article data-search-root>
              <h1>Thread-local storage</h1>
              <nav class="toc" data-search-skip><a href="#why">Why</a></nav>
              <p>Each thread sees <em>its own</em> value.</p>
              <h2 id="why">Why per-thread state</h2>
              <p>Use <code>ThreadLocal</code> instead of a global.</p>
              <div class="snippet"><pre><code class="language-java">var local = ThreadLocal.withInitial(() -> 0);
            public static void main(String[] args) { counterHolder.set(1); }</code></pre>
              <div class="snippet-output" data-search-skip><pre>output line mentioning zebra</pre></div>
              <button>Copy</button></div>
              <h3 id="cleanup">Cleaning up</h3>
              <p>Call remove() in a finally block.</p>
            </article></body></html>
            """;

    private void page(String path, String html) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, html, StandardCharsets.UTF_8);
    }

    @Test
    void splitsANoteIntoIntroductionAndSections() throws IOException {
        page("threads/thread-local.html", NOTE);
        List<SearchDocument> docs = new SearchIndexBuilder(site).build();

        assertEquals(3, docs.size(), docs.toString());
        SearchDocument intro = docs.get(0);
        assertEquals("threads/thread-local.html", intro.url());
        assertEquals("Thread-local storage", intro.title());
        assertEquals("Threads and synchronization", intro.area());
        assertEquals("", intro.heading());
        assertEquals("Each thread sees its own value.", intro.text());
        assertEquals(List.of("线程本地变量", "ThreadLocal 的使用"), intro.aliases());
        assertEquals(List.of("threads"), intro.tags());

        SearchDocument why = docs.get(1);
        assertEquals("threads/thread-local.html#why", why.url());
        assertEquals("Why per-thread state", why.heading());
        assertEquals("Use ThreadLocal instead of a global.", why.text());
        assertEquals(List.of(), why.aliases(), "aliases only on the introduction, so a page is found once");
        List<String> code = List.of(why.code().split(" "));
        assertTrue(code.containsAll(List.of("ThreadLocal", "local", "withInitial", "counterHolder")), code.toString());
        assertFalse(code.contains("public") || code.contains("void"), "keywords are not identifiers: " + code);

        assertEquals("Cleaning up", docs.get(2).heading());
        assertEquals("threads/thread-local.html#cleanup", docs.get(2).url());
    }

    @Test
    void leavesOutNavigationTocButtonsAndProgramOutput() throws IOException {
        page("n.html", NOTE);
        String all = new SearchIndexBuilder(site).build().toString();
        assertFalse(all.contains("Sidebar link text"));
        assertFalse(all.contains("zebra"), "program output is not indexed");
        assertFalse(all.contains("Copy"));
    }

    @Test
    void pagesWithoutASearchRootAreNotIndexed() throws IOException {
        page("index.html", "<html><body><main><h1>Home</h1><p>Sections</p></main></body></html>");
        page("tags/threads.html", "<html><body><h1>Tag</h1></body></html>");
        assertEquals(List.of(), new SearchIndexBuilder(site).build());
    }

    @Test
    void writesAJsonIndexWithIdsInPageOrder() throws IOException {
        page("b/second.html", NOTE.replace("Thread-local storage", "Second"));
        page("a/first.html", NOTE.replace("Thread-local storage", "First"));
        new SearchIndexBuilder(site).write();

        JsonNode index = new ObjectMapper().readTree(site.resolve(SearchIndexBuilder.FILE_NAME).toFile());
        assertEquals(1, index.get("format").asInt());
        JsonNode docs = index.get("documents");
        assertEquals(6, docs.size());
        assertEquals("First", docs.get(0).get("title").asText());
        assertEquals("Second", docs.get(3).get("title").asText());
        for (int i = 0; i < docs.size(); i++) {
            assertEquals(i, docs.get(i).get("id").asInt());
        }
        assertEquals("线程本地变量", docs.get(0).get("aliases").get(0).asText());
    }

    @Test
    void alsoWritesTheIndexAsAScriptForPagesOpenedFromDisk() throws IOException {
        page("a/first.html", NOTE);
        new SearchIndexBuilder(site).write();

        String json = java.nio.file.Files.readString(site.resolve(SearchIndexBuilder.FILE_NAME));
        String script = java.nio.file.Files.readString(site.resolve(SearchIndexBuilder.SCRIPT_FILE_NAME));
        String prefix = "window." + SearchIndexBuilder.SCRIPT_GLOBAL + " = ";
        assertTrue(script.startsWith(prefix) && script.endsWith(";\n"), script.substring(0, 40));
        assertEquals(new ObjectMapper().readTree(json),
                new ObjectMapper().readTree(script.substring(prefix.length(), script.length() - 2)),
                "the script carries exactly the JSON index");
    }

    @Test
    void thePostPassWritesTheIndexFromItsOwnParseOfEachPage() throws IOException {
        String linked = NOTE.replace("href=\"x.html\"", "href=\"#why\"");
        page("b/second.html", linked.replace("Thread-local storage", "Second"));
        page("a/first.html", linked.replace("Thread-local storage", "First"));
        page("index.html", "<html><body><main><h1>Home</h1></main></body></html>");
        new PostPass().run(site, "", java.util.Map.of());
        JsonNode docs = new ObjectMapper().readTree(site.resolve(SearchIndexBuilder.FILE_NAME).toFile()).get("documents");
        assertEquals(6, docs.size());
        assertEquals("a/first.html", docs.get(0).get("url").asText());
        assertEquals("b/second.html#cleanup", docs.get(5).get("url").asText());
        assertEquals(5, docs.get(5).get("id").asInt());
        List<SearchDocument> reparsed = new SearchIndexBuilder(site).build();
        assertEquals(6, reparsed.size());
        for (int i = 0; i < 6; i++) {
            assertEquals(reparsed.get(i).url(), docs.get(i).get("url").asText());
            assertEquals(reparsed.get(i).text(), docs.get(i).get("text").asText(), "the same documents either way");
        }
    }

    @Test
    void headingWithoutIdDoesNotStartASection() throws IOException {
        page("n.html", "<html><body><article data-search-root><h1>T</h1><p>a</p><h2>No id</h2><p>b</p></article></body></html>");
        List<SearchDocument> docs = new SearchIndexBuilder(site).build();
        assertEquals(1, docs.size());
        assertEquals("a No id b", docs.get(0).text());
    }
}
