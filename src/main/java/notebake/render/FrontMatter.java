package notebake.render;

import java.time.LocalDate;
import java.util.List;

/**
 * A note's YAML front matter, validated (see content/guide/authoring.md, "Notes").
 *
 * @param title    page title
 * @param date     publication date
 * @param section  key of a section in content/sections.yml
 * @param order    position within the section (smaller first; ties sort by title)
 * @param tags     tags, as written
 * @param summary  one sentence for section pages and search; may be empty
 * @param covers   topic ids from topics/seed-topics.tsv
 * @param aliases  original (Chinese) headings, searchable
 * @param line     1-based line of the opening {@code ---}, for messages about the whole front matter
 * @param sectionLine 1-based line of the {@code section:} key, for messages about the section
 */
public record FrontMatter(String title, LocalDate date, String section, int order, List<String> tags,
                          String summary, List<String> covers, List<String> aliases, int line, int sectionLine) {

    public FrontMatter {
        tags = List.copyOf(tags);
        covers = List.copyOf(covers);
        aliases = List.copyOf(aliases);
    }

    /** Without the section's own line (messages about the section then name the opening {@code ---}). */
    public FrontMatter(String title, LocalDate date, String section, int order, List<String> tags, String summary,
                       List<String> covers, List<String> aliases, int line) {
        this(title, date, section, order, tags, summary, covers, aliases, line, line);
    }
}
