package notebake.postpass;

import notebake.internal.Problem;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that every internal link resolves to a file of the site and every {@code #anchor} to an id on the
 * target page. Links with a scheme ({@code https:}, {@code mailto:}) or starting with {@code //} are external and
 * not checked. Immutable.
 */
public final class LinkChecker {

    private final Set<String> files;
    private final Map<String, Set<String>> idsByPage;
    private final Map<String, String> sourceOfPage;

    /**
     * @param files        every file of the site, as site paths ({@code a/b.html})
     * @param idsByPage    the ids of each HTML page
     * @param sourceOfPage the note file each page came from, to name it in problems (pages not listed are named
     *                     by their site path)
     */
    public LinkChecker(Set<String> files, Map<String, Set<String>> idsByPage, Map<String, String> sourceOfPage) {
        this.files = files;
        this.idsByPage = idsByPage;
        this.sourceOfPage = sourceOfPage;
    }

    List<Problem> check(List<PageLink> links) {
        List<Problem> problems = new ArrayList<>();
        for (PageLink link : links) {
            String problem = problem(link.page(), link.href());
            if (problem != null) {
                String source = sourceOfPage.get(link.page());
                String where = source != null ? source : "site page " + link.page();
                String onPage = source != null ? " (page " + link.page() + ")" : "";
                problems.add(new Problem(where, source != null ? link.line() : 0,
                        "broken link '" + link.written() + "'" + onPage + ": " + problem));
            }
        }
        return problems;
    }

    /** What is wrong with one link from a page, or null when it resolves. */
    public String problem(String page, String href) {
        Link link = Link.parse(page, href);
        if (link == null) {
            return null;
        }
        if (link.problem() != null) {
            return link.problem();
        }
        String target = link.target();
        if (!link.path().isEmpty() && !files.contains(target)) {
            return files.contains(target + "/index.html") ? "points at a folder; link to " + link.path()
                    + "/index.html" : "no such page " + target;
        }
        if (!link.anchor().isEmpty() && target.endsWith(".html")) {
            Set<String> ids = idsByPage.get(target);
            if (ids == null || !ids.contains(link.anchor())) {
                return "no anchor #" + link.anchor() + " on " + target;
            }
        }
        return null;
    }

    /**
     * The page an internal link with a non-empty {@code #anchor} points into (resolved as {@link #problem} does),
     * or null for any other link: the links whose validity depends on the target page's ids.
     */
    static String anchoredTarget(String page, String href) {
        Link link = Link.parse(page, href);
        return link == null || link.problem() != null || link.anchor().isEmpty() || !link.target().endsWith(".html")
                ? null : link.target();
    }

    /**
     * An internal link taken apart: the path as written (without query), the site page it resolves to from the
     * linking page, the decoded anchor (may be empty), or why it cannot resolve at all.
     */
    private record Link(String path, String target, String anchor, String problem) {

        /** Null for an empty or external link. */
        static Link parse(String page, String href) {
            String h = href.strip();
            if (h.isEmpty() || isExternal(h)) {
                return null;
            }
            int hash = h.indexOf('#');
            String path = hash < 0 ? h : h.substring(0, hash);
            String anchor = hash < 0 ? "" : decode(h.substring(hash + 1));
            int q = path.indexOf('?');
            if (q >= 0) {
                path = path.substring(0, q);
            }
            if (path.isEmpty()) {
                return new Link(path, page, anchor, null);
            }
            if (path.startsWith("/")) {
                return new Link(path, null, anchor,
                        "absolute path; links must be relative so the site works under a sub-path");
            }
            String target = resolve(page, decode(path));
            if (target == null) {
                return new Link(path, null, anchor, "goes above the site root");
            }
            if (target.isEmpty() || target.endsWith("/")) {
                target = target + "index.html";
            }
            return new Link(path, target, anchor, null);
        }
    }

    static boolean isExternal(String href) {
        if (href.startsWith("//")) {
            return true;
        }
        int colon = href.indexOf(':');
        int slash = href.indexOf('/');
        int hash = href.indexOf('#');
        return colon > 0 && (slash < 0 || colon < slash) && (hash < 0 || colon < hash);
    }

    /** Resolves {@code rel} against the folder of {@code page}; null if it escapes the root. */
    static String resolve(String page, String rel) {
        List<String> parts = new ArrayList<>(List.of(page.split("/")));
        parts.remove(parts.size() - 1);
        String[] steps = rel.split("/", -1);
        for (int i = 0; i < steps.length; i++) {
            String s = steps[i];
            if (s.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else if (!s.equals(".") && !s.isEmpty()) {
                parts.add(s);
            }
        }
        String joined = String.join("/", parts);
        return rel.endsWith("/") && !joined.isEmpty() ? joined + "/" : joined;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
