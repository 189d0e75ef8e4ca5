package notebake;

import notebake.internal.Problem;
import notebake.render.FrontMatterParser;
import notebake.render.RenderedNote;
import notebake.render.TopicCoverage;
import notebake.render.TopicList;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Over THIS repository's content/: every topic id of topics/seed-topics.tsv is covered by exactly one page or
 * listed in topics/pending.txt (not both), and no page names an unknown id.
 */
class ContentCoverageTest {

    @Test
    void everyTopicIsCoveredOnceOrPending() throws IOException {
        Path repo = Path.of("").toAbsolutePath();
        TopicList topics = TopicList.read(repo.resolve("topics"), "topics");
        assertTrue(!topics.isEmpty(), "topics/seed-topics.tsv must exist in this repository");
        List<RenderedNote> notes = new ArrayList<>();
        List<Problem> frontMatter = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(repo.resolve("content"))) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String rel = repo.resolve("content").relativize(p).toString().replace('\\', '/');
                FrontMatterParser.Parsed parsed = FrontMatterParser.parse("content/" + rel,
                        Files.readString(p, StandardCharsets.UTF_8));
                frontMatter.addAll(parsed.problems());
                notes.add(new RenderedNote(p, rel, parsed.frontMatter(), "", Set.of(), parsed.problems()));
            }
        }
        List<Problem> problems = new TopicCoverage(topics, notes, "topics/pending.txt").problems();
        String report = Stream.concat(frontMatter.stream(), problems.stream()).map(Problem::located)
                .collect(Collectors.joining("\n"));
        assertTrue(frontMatter.isEmpty() && problems.isEmpty(), "\n" + report);
    }
}
