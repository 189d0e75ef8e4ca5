package notebake.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, JSON.writeValueAsString(tree), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
        try {
            VerificationReport report = JSON.readValue(Files.readString(file, StandardCharsets.UTF_8),
                    VerificationReport.class);
            if (report.format() != VerificationReport.FORMAT) {
                throw new ResultsFileException(file + ": results format " + report.format()
                        + " is not the supported format " + VerificationReport.FORMAT + "; run `verify` again");
            }
            return report;
        } catch (JsonProcessingException e) {
            throw new ResultsFileException(file + ":" + e.getLocation().getLineNr()
                    + ": not a valid results file (" + e.getOriginalMessage() + "); run `verify` again");
        } catch (IOException e) {
            throw new ResultsFileException(file + ": cannot read results file: " + e.getMessage());
        }
    }

    /** A results file that cannot be used; the message names the file and the fix. */
    public static final class ResultsFileException extends RuntimeException {
        public ResultsFileException(String message) {
            super(message);
        }
    }
}
