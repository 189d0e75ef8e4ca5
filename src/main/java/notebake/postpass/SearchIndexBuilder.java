package notebake.postpass;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Post-pass over a baked site: reads every HTML page that marks a search root ({@code [data-search-root]})
 * and produces the static search index ({@link #FILE_NAME}) that the client-side search loads on demand.
 *
 * <p>Page contract (emitted by the note template):
 * <ul>
 *   <li>{@code data-search-root} on the element holding the note (title {@code h1}, body);</li>
 *   <li>{@code <meta name="notebake:area" content="...">}: the site section's title;</li>
 *   <li>{@code <meta name="notebake:alias" content="...">}, repeated: original (Chinese) headings;</li>
 *   <li>{@code <meta name="notebake:tag" content="...">}, repeated: tags;</li>
 *   <li>{@code data-search-skip} on anything inside the root that is not content (TOC, buttons, program output).</li>
 * </ul>
 * Sections start at each {@code h2} or {@code h3} with an {@code id}.
 */
public final class SearchIndexBuilder {

    /** Compact JSON; made once (the live preview writes the index on every edit). Thread-safe. */
    private static final ObjectWriter JSON = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT).writer();

    public static final String FILE_NAME = "search-index.json";

    /**
     * The same index as a script that sets {@code window.NOTEBAKE_SEARCH_INDEX}: a page opened from disk
     * (file://) may load a script but may not fetch a JSON file, so the reader loads this one.
     */
    public static final String SCRIPT_FILE_NAME = "search-index.js";

    /** The global the index script sets. */
    public static final String SCRIPT_GLOBAL = "NOTEBAKE_SEARCH_INDEX";

    /** Java and Python keywords: not worth indexing as identifiers. */
    private static final Set<String> KEYWORDS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
            "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
            "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
            "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
            "throw", "throws", "transient", "try", "void", "volatile", "while", "var", "record", "yield", "sealed",
            "permits", "true", "false", "null", "def", "self", "lambda", "elif", "pass", "None", "True", "False",
            "and", "or", "not", "in", "is", "from", "as", "with", "global", "nonlocal", "del", "print", "String",
            "System", "out", "println", "args", "main");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final Set<String> BLOCKS = Set.of("p", "li", "div", "section", "td", "th", "tr", "dt", "dd",
            "blockquote", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "br", "table", "ul", "ol", "pre");

    private final Path siteDir;

    public SearchIndexBuilder(Path siteDir) {
        this.siteDir = siteDir;
    }

    /** Reads every indexable page of the site, in path order. */
    public List<SearchDocument> build() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(siteDir)) {
            pages = files.filter(p -> p.toString().endsWith(".html") && Files.isRegularFile(p)).sorted().toList();
        }
        List<SearchDocument> documents = new ArrayList<>();
        for (Path page : pages) {
            String url = siteDir.relativize(page).toString().replace('\\', '/');
            Document html = Jsoup.parse(page.toFile(), "UTF-8");
            documents.addAll(documentsOf(html, url, documents.size()));
        }
        return documents;
    }

    /** Builds the index and writes it to {@code search-index.json} in the site folder; returns the documents. */
    public List<SearchDocument> write() throws IOException {
        return write(siteDir, build());
    }

    /**
     * Writes the index from documents already extracted page by page (the post-pass does this while it has each
     * page parsed, so pages are not parsed twice); ids are renumbered in the given order.
     */
    static List<SearchDocument> write(Path siteDir, List<SearchDocument> extracted) throws IOException {
        List<SearchDocument> documents = numbered(extracted);
        for (Map.Entry<String, String> file : files(documents).entrySet()) {
            Files.writeString(siteDir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        return documents;
    }

    /** The documents with ids renumbered from 0 in the given order. */
    static List<SearchDocument> numbered(List<SearchDocument> extracted) {
        List<SearchDocument> documents = new ArrayList<>(extracted.size());
        for (SearchDocument d : extracted) {
            documents.add(new SearchDocument(documents.size(), d.url(), d.title(), d.area(), d.heading(), d.text(),
                    d.code(), d.aliases(), d.tags()));
        }
        return documents;
    }

    /** The index files' names and texts ({@link #FILE_NAME}, {@link #SCRIPT_FILE_NAME}) for numbered documents. */
    static Map<String, String> files(List<SearchDocument> documents) throws IOException {
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("format", 1);
        index.put("documents", documents);
        String json = JSON.writeValueAsString(index);
        Map<String, String> files = new LinkedHashMap<>();
        files.put(FILE_NAME, json);
        files.put(SCRIPT_FILE_NAME, "window." + SCRIPT_GLOBAL + " = " + json + ";\n");
        return files;
    }

    static List<SearchDocument> documentsOf(Document html, String url, int firstId) {
        Element root = html.selectFirst("[data-search-root], article.note");
        if (root == null) {
            return List.of();
        }
        root = root.clone();
        root.select("[data-search-skip], .snippet-run, .snippet-caption, .heading-anchor, .note-meta, .note-aliases, script, style, nav, button, template").remove();
        Element h1 = root.selectFirst("h1");
        String title = h1 != null ? h1.text() : html.title();
        if (h1 != null) {
            h1.remove();
        }
        String area = metaContent(html, "notebake:area").stream().findFirst().orElse("");
        List<String> aliases = metaContent(html, "notebake:alias");
        List<String> tags = metaContent(html, "notebake:tag");

        List<Part> parts = new ArrayList<>();
        parts.add(new Part("", ""));
        collect(root, parts);

        List<SearchDocument> documents = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            boolean intro = i == 0;
            String text = part.text.toString().replaceAll("\\s+", " ").trim();
            if (!intro && text.isEmpty() && part.code.isEmpty() && part.heading.isEmpty()) {
                continue;
            }
            documents.add(new SearchDocument(firstId + documents.size(),
                    intro ? url : url + "#" + part.anchor, title, area, part.heading, text,
                    String.join(" ", part.code), intro ? aliases : List.of(), intro ? tags : List.of()));
        }
        return documents;
    }

    private static List<String> metaContent(Document html, String name) {
        List<String> values = new ArrayList<>();
        for (Element meta : html.select("meta[name=" + name + "]")) {
            String value = meta.attr("content").trim();
            if (!value.isEmpty()) {
                values.add(value);
            }
        }
        return values;
    }

    private static final class Part {
        final String heading;
        final String anchor;
        final StringBuilder text = new StringBuilder();
        final Set<String> code = new LinkedHashSet<>();

        Part(String heading, String anchor) {
            this.heading = heading;
            this.anchor = anchor;
        }
    }

    /** Walks the root in document order, starting a new part at each h2/h3 with an id. */
    private static void collect(Node node, List<Part> parts) {
        for (Node child : node.childNodes()) {
            Part current = parts.get(parts.size() - 1);
            if (child instanceof TextNode text) {
                current.text.append(text.text());
            } else if (child instanceof Element element) {
                String tag = element.normalName();
                if ((tag.equals("h2") || tag.equals("h3")) && !element.id().isEmpty()) {
                    parts.add(new Part(element.text(), element.id()));
                } else if (tag.equals("pre") || (tag.equals("code") && element.parent() != null
                        && element.parent().normalName().equals("pre"))) {
                    identifiers(element.wholeText(), current.code);
                } else {
                    if (tag.equals("code")) {
                        identifiers(element.text(), current.code);
                    }
                    boolean block = BLOCKS.contains(tag);
                    if (block) {
                        current.text.append(' ');
                    }
                    collect(element, parts);
                    if (block) {
                        parts.get(parts.size() - 1).text.append(' ');
                    }
                }
            }
        }
    }

    private static void identifiers(String code, Set<String> into) {
        Matcher m = IDENTIFIER.matcher(code);
        while (m.find()) {
            String id = m.group();
            if (id.length() >= 3 && !KEYWORDS.contains(id)) {
                into.add(id);
            }
        }
    }

    /** For callers that cannot throw checked exceptions (the preview's rebuild loop). */
    public static List<SearchDocument> writeUnchecked(Path siteDir) {
        try {
            return new SearchIndexBuilder(siteDir).write();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
