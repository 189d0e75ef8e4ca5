package notebake.render;

/**
 * One section of the site, from content/sections.yml.
 *
 * @param key     the key notes name in their {@code section} front matter; also the section's folder in the site
 * @param title   shown title
 * @param summary one sentence for the home page
 */
public record Section(String key, String title, String summary) {
}
