package notebake.render;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.html.MutableAttributes;
import notebake.internal.Html;
import notebake.verify.ShownRegion;
import notebake.verify.SnippetResult;
import notebake.verify.Status;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Flexmark side of Notebake's Markdown: ```snippet blocks become verified snippet blocks, other fenced blocks
 * get their language label, and links to {@code .md} notes are rewritten to the baked {@code .html} pages
 * (each link also carries its source line for the link check). Thread-safe: per-note state travels in the
 * document ({@link #CONTEXT}).
 */
final class NoteHtmlExtension implements HtmlRenderer.HtmlRendererExtension {

    static final NullableDataKey<NoteContext> CONTEXT = new NullableDataKey<>("NOTEBAKE_NOTE_CONTEXT");
    /** Attribute that carries a link's source line to the post-pass, which removes it. */
    static final String LINE_ATTRIBUTE = "data-nb-line";
    static final String WRITTEN_ATTRIBUTE = "data-nb-written";

    private final SnippetLookup snippets;
    private final SnippetBlockRenderer blocks;
    private final boolean allowFailures;

    NoteHtmlExtension(SnippetLookup snippets, SnippetBlockRenderer blocks, boolean allowFailures) {
        this.snippets = snippets;
        this.blocks = blocks;
        this.allowFailures = allowFailures;
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new FencedBlocks());
        builder.linkResolverFactory(new IndependentLinkResolverFactory() {
            @Override
            public LinkResolver apply(LinkResolverBasicContext context) {
                return NoteHtmlExtension::rewriteNoteLink;
            }
        });
        builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(com.vladsch.flexmark.html.renderer.LinkResolverContext context) {
                return NoteHtmlExtension::lineAttribute;
            }
        });
    }

    /** {@code x.md}, {@code ../s/x.md#a} become {@code x.html}, {@code ../s/x.html#a}; other links are kept. */
    static ResolvedLink rewriteNoteLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
        if (link.getLinkType() != LinkType.LINK) {
            return link;
        }
        String url = link.getUrl();
        if (url.contains(":") || url.startsWith("//")) {
            return link;
        }
        int hash = url.indexOf('#');
        String page = hash < 0 ? url : url.substring(0, hash);
        String anchor = hash < 0 ? "" : url.substring(hash);
        if (page.toLowerCase(Locale.ROOT).endsWith(".md")) {
            return link.withUrl(page.substring(0, page.length() - 3) + ".html" + anchor);
        }
        return link;
    }

    static void lineAttribute(Node node, AttributablePart part, MutableAttributes attributes) {
        if ((node instanceof Link || node instanceof Image) && part == AttributablePart.LINK) {
            attributes.replaceValue(LINE_ATTRIBUTE, String.valueOf(node.getStartLineNumber() + 1));
            String written = node instanceof Link l ? l.getUrl().toString() : ((Image) node).getUrl().toString();
            if (written.toLowerCase(Locale.ROOT).contains(".md")) { // rewritten to .html: keep it for messages
                attributes.replaceValue(WRITTEN_ATTRIBUTE, written);
            }
        }
    }

    private final class FencedBlocks implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, this::render));
        }

        private void render(FencedCodeBlock node, NodeRendererContext ctx, HtmlWriter html) {
            String info = node.getInfo().toString();
            if (SnippetRefParser.isSnippet(info)) {
                NoteContext note = CONTEXT.get(ctx.getDocument());
                String block = snippet(node, info, note);
                html.line().openPre().raw(block).closePre().line();
            } else {
                String lang = info.strip().isEmpty() ? "" : info.strip().split("\\s+")[0];
                String cls = lang.isEmpty() ? "language-none" : "language-" + Html.escape(lang.toLowerCase(Locale.ROOT));
                String code = node.getContentChars().toString();
                if (code.endsWith("\n")) {
                    code = code.substring(0, code.length() - 1);
                }
                String block = "<div class=\"code-block\">"
                        + (lang.isEmpty() ? "" : "<div class=\"code-lang\">" + Html.escape(lang) + "</div>")
                        + "<pre class=\"" + cls + "\"><code class=\"" + cls + "\">" + Html.escape(code)
                        + "</code></pre></div>";
                html.line().openPre().raw(block).closePre().line();
            }
        }
    }

    private String snippet(FencedCodeBlock node, String info, NoteContext note) {
        int line = node.getStartLineNumber() + 1;
        SnippetRef ref;
        try {
            ref = SnippetRefParser.parse(info);
        } catch (IllegalArgumentException e) {
            note.problem(line, e.getMessage());
            return errorBlock(e.getMessage());
        }
        note.snippetsUsed.add(ref.path());
        if (node.getClosingMarker().isEmpty()) {
            // an unclosed fence runs to the end of the note and swallows the text after it
            note.problem(line, "this ```snippet block is never closed, so it hides the rest of the note; add a "
                    + node.getOpeningMarker() + " line right after it");
        } else if (!node.getContentChars().isBlank()) {
            note.problem(line, "a ```snippet block must be empty: the code comes from snippets/" + ref.path());
        }
        Optional<SnippetResult> found = snippets.find(ref.path());
        if (found.isEmpty()) {
            String msg = "no snippet snippets/" + ref.path()
                    + " in the verification results; check the path, or run verify if the file is new";
            note.problem(line, msg);
            return errorBlock(msg);
        }
        SnippetResult result = found.get();
        Optional<String> stale = snippets.staleness(result); // before the region: an edit may have renamed it
        if (stale.isPresent()) {
            note.problem(line, stale.get());
            return errorBlock(stale.get());
        }
        ShownRegion region = null;
        if (ref.region() != null) {
            region = result.region(ref.region()).orElse(null);
            if (region == null) {
                String known = result.regions().isEmpty() ? "it has none"
                        : "its regions are " + result.regions().stream().map(ShownRegion::name)
                        .collect(Collectors.joining(", "));
                String msg = "snippet " + ref.path() + " has no region '" + ref.region() + "'; " + known;
                note.problem(line, msg);
                return errorBlock(msg);
            }
        }
        String shown = region == null ? result.code() : region.code();
        long lines = shown.lines().count();
        for (SnippetRef.LineRange r : ref.highlight()) {
            if (r.to() > lines) {
                note.problem(line, "highlight=" + r.from() + (r.to() == r.from() ? "" : "-" + r.to())
                        + " goes past the last shown line of " + ref.target() + " (it shows " + lines + " lines)");
            }
        }
        if (result.status() != Status.VERIFIED && !allowFailures) {
            note.problem(line, "snippet " + ref.path() + " is " + result.status().name().toLowerCase(Locale.ROOT)
                    + (result.reason() == null ? "" : " (" + result.reason() + ")")
                    + "; fix it and run verify, or build a draft with --allow-failures");
        }
        String anchor = "snippet-" + (note.uses.size() + 1);
        note.uses.add(new SnippetUse(ref.path(), ref.region(), headingAbove(node), anchor));
        return blocks.render(ref, result, region, note.rootpath, snippets.lineNumbers(result, region), anchor);
    }

    /** The plain text of the nearest heading (level 2 or deeper) above a block, or null when there is none. */
    static String headingAbove(Node block) {
        for (Node n = block; n != null && !(n instanceof Document); n = n.getParent()) {
            for (Node p = n.getPrevious(); p != null; p = p.getPrevious()) {
                if (p instanceof Heading h && h.getLevel() >= 2) {
                    String text = new TextCollectingVisitor().collectAndGetText(h).strip();
                    return text.isEmpty() ? null : text;
                }
            }
        }
        return null;
    }

    private static String errorBlock(String message) {
        return "<div class=\"snippet snippet-error\">" + Html.escape(message) + "</div>";
    }
}
