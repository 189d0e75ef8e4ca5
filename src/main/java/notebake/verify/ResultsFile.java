package notebake.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import notebake.internal.AtomicFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes the machine-readable results file ({@code target/notebake/results.json}).
 * Writing is atomic (temp file, then move), so a reader never sees half a file. Thread-safe.
 */
public final class ResultsFile {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ResultsFile() {
    }

    /** Writes the report, with summary counts for people and other tools. */
    public static void write(VerificationReport report, Path file) {
        try {
            ObjectNode tree = JSON.valueToTree(report);
            tree.put("verified", report.verified());
            tree.put("failed", report.failed());
            tree.put("skipped", report.skipped());
            // a temp file of its own: two verifiers at once (serve and a terminal) never share one half-written
            AtomicFiles.write(file, JSON.writeValueAsString(tree).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a results file.
     *
     * @throws ResultsFileException naming the file and what is wrong, when it is missing, unreadable or not
     *                              a results file of a known format
     */
    public static VerificationReport read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ResultsFileException(file + ": no results file; run `verify` first");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new ResultsFileException(file + ": not a results file (not UTF-8 text: damaged or overwritten?); "
                    + "run `verify` again");
        } catch (IOException e) {
            throw new ResultsFileException(file + ": cannot read results file: " + e.getMessage());
        }
        VerificationReport report;
        try {
            report = JSON.readValue(text, VerificationReport.class);
        } catch (JsonProcessingException e) {
            throw new ResultsFileException(file + ":" + e.getLocation().getLineNr()
                    + ": not a valid results file (" + withoutSource(e.getOriginalMessage()) + "); run `verify` again");
        }
        if (report == null) {
            throw new ResultsFileException(file + ": not a valid results file (it holds no report, just `"
                    + text.strip() + "`); run `verify` again");
        }
        if (report.format() != VerificationReport.FORMAT) {
            throw new ResultsFileException(file + ": results format " + report.format()
                    + " is not the supported format " + VerificationReport.FORMAT + "; run `verify` again");
        }
        String missing = missingField(report);
        if (missing != null) {
            throw new ResultsFileException(file + ": not a valid results file (" + missing + "); run `verify` again");
        }
        return report;
    }

    /** What a parsed report lacks that every reader relies on, or {@code null} when it is complete. */
    private static String missingField(VerificationReport report) {
        if (report.snippetsRoot() == null) {
            return "no snippetsRoot";
        }
        for (int i = 0; i < report.snippets().size(); i++) {
            SnippetResult r = report.snippets().get(i);
            String at = "snippets[" + i + "]";
            if (r == null) {
                return at + " is null";
            }
            if (r.path() == null) {
                return at + " has no path";
            }
            if (r.kind() == null || r.status() == null) {
                return at + " (" + r.path() + ") has no " + (r.kind() == null ? "kind" : "status");
            }
            for (ShownRegion region : r.regions()) {
                if (region == null || region.name() == null || region.code() == null) {
                    return at + " (" + r.path() + ") has an incomplete region";
                }
            }
        }
        return null;
    }

    /** Jackson's message without its "(start marker at [Source: REDACTED ...])" location noise. */
    private static String withoutSource(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\(start marker at \\[Source: [^]]*\\][^)]*\\)", "")
                .replaceAll("\\s*at \\[Source: [^]]*\\][^)]*", "").strip();
    }

    /** A results file that cannot be used; the message names the file and the fix. */
    public static final class ResultsFileException extends RuntimeException {
        public ResultsFileException(String message) {
            super(message);
        }
    }
}
