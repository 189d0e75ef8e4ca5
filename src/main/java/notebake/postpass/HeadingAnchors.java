package notebake.postpass;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Gives every heading in the page's main content an id (the heading text in lower case, runs of anything but
 * letters and digits replaced by {@code -}; {@code -2}, {@code -3} for repeats) and a visible {@code #} link.
 * Stateless.
 */
public final class HeadingAnchors {

    private HeadingAnchors() {
    }

    /** The anchor a heading text gets, as documented in the authoring guide. */
    public static String anchor(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "section" : s;
    }

    /** Adds the anchors; returns how many headings got one. */
    public static int apply(Document page) {
        Element main = page.getElementById("content");
        if (main == null) {
            return 0;
        }
        int added = 0;
        Set<String> taken = new HashSet<>();
        for (Element e : page.select("[id]")) {
            taken.add(e.id());
        }
        for (Element h : main.select("h2, h3, h4, h5, h6")) {
            if (!h.id().isEmpty()) {
                continue;
            }
            String base = anchor(h.text());
            String id = base;
            for (int i = 2; taken.contains(id); i++) {
                id = base + "-" + i;
            }
            taken.add(id);
            h.id(id);
            h.appendElement("a").addClass("heading-anchor").attr("href", "#" + id)
                    .attr("aria-label", "Link to this section").text("#");
            added++;
        }
        return added;
    }
}
