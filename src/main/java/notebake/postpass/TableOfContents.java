package notebake.postpass;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Fills the page's {@code #page-toc} placeholder with a nested list of the content's h2 and h3 headings (run after
 * {@link HeadingAnchors}). Pages with fewer than two headings keep an empty placeholder. Stateless.
 */
public final class TableOfContents {

    private TableOfContents() {
    }

    /** Fills the placeholder; returns whether the page changed. */
    public static boolean apply(Document page) {
        Element toc = page.getElementById("page-toc");
        Element main = page.getElementById("content");
        if (toc == null || main == null) {
            return false;
        }
        var headings = main.select("h2[id], h3[id]");
        if (headings.size() < 2) {
            return false;
        }
        Element nav = toc.appendElement("nav");
        nav.appendElement("p").addClass("toc-title").text("On this page");
        Element top = nav.appendElement("ol");
        Element sub = null;
        Element lastItem = null;
        for (Element h : headings) {
            String text = h.ownText().strip();
            if (h.tagName().equals("h3") && lastItem != null) {
                if (sub == null) {
                    sub = lastItem.appendElement("ol");
                }
                sub.appendElement("li").appendElement("a").attr("href", "#" + h.id()).text(text);
            } else {
                lastItem = top.appendElement("li");
                lastItem.appendElement("a").attr("href", "#" + h.id()).text(text);
                sub = null;
            }
        }
        return true;
    }
}
