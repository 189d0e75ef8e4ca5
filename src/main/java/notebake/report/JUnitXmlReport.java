package notebake.report;

import notebake.internal.AtomicFiles;
import notebake.verify.SnippetResult;
import notebake.verify.Status;
import notebake.verify.VerificationReport;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a verification as JUnit XML ({@code TEST-notebake.snippets.xml}), one {@code <testcase>} per
 * snippet: failures carry the reason and the output, skipped snippets their reason. CI systems show each
 * snippet as a test. Output text is written through StAX, so any character is escaped. Stateless.
 */
public final class JUnitXmlReport {

    public static final String FILE_NAME = "TEST-notebake.snippets.xml";

    private JUnitXmlReport() {
    }

    /** Writes the report into {@code dir} (created if needed) and returns the file. */
    public static Path write(VerificationReport report, Path dir) {
        Path file = dir.resolve(FILE_NAME);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuite");
            x.writeAttribute("name", "notebake.snippets");
            x.writeAttribute("tests", Integer.toString(report.snippets().size()));
            x.writeAttribute("failures", Long.toString(report.failed()));
            x.writeAttribute("errors", "0");
            x.writeAttribute("skipped", Long.toString(report.skipped()));
            x.writeAttribute("time", seconds(report.snippets().stream().mapToLong(SnippetResult::millis).sum()));
            x.writeCharacters("\n");
            for (SnippetResult r : report.snippets()) {
                testCase(x, r);
            }
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.close();
            AtomicFiles.write(file, out.toByteArray()); // verifiers may run at once
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void testCase(XMLStreamWriter x, SnippetResult r) throws XMLStreamException {
        int slash = r.path().lastIndexOf('/');
        x.writeCharacters("  ");
        x.writeStartElement("testcase");
        x.writeAttribute("classname", slash < 0 ? "snippets" : "snippets." + r.path().substring(0, slash).replace('/', '.'));
        x.writeAttribute("name", r.path());
        x.writeAttribute("time", seconds(r.millis()));
        if (r.status() == Status.FAILED) {
            x.writeStartElement("failure");
            String reason = r.reason() == null ? "failed" : r.reason();
            x.writeAttribute("message", clean(reason.lines().findFirst().orElse("failed")));
            x.writeCharacters(clean(reason + (r.threadDump() == null ? "" : "\n\n" + r.threadDump())));
            x.writeEndElement();
        } else if (r.status() == Status.SKIPPED) {
            x.writeStartElement("skipped");
            x.writeAttribute("message", clean(r.reason() == null ? "skipped" : r.reason()));
            x.writeEndElement();
        }
        if (!r.stdout().isEmpty()) {
            x.writeStartElement("system-out");
            x.writeCharacters(clean(r.stdout()));
            x.writeEndElement();
        }
        if (!r.stderr().isEmpty()) {
            x.writeStartElement("system-err");
            x.writeCharacters(clean(r.stderr()));
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeCharacters("\n");
    }

    /** XML 1.0 cannot hold most control characters, even escaped: show them as {@code \\uXXXX}. */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            boolean ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                    || c >= 0x10000;
            if (ok) {
                b.appendCodePoint(c);
            } else {
                b.append(String.format(Locale.ROOT, "\\u%04x", c));
            }
        });
        return b.toString();
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }
}
