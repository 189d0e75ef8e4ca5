package notebake.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads text files strictly as UTF-8, reporting the line of the first invalid byte instead of guessing. */
public final class TextFiles {

    private TextFiles() {
    }

    /**
     * The file's text, without a leading byte order mark.
     *
     * @param shownAs how to name the file in a problem
     * @throws ProblemException when the file cannot be read or is not valid UTF-8 (names the line)
     */
    public static String readUtf8(Path file, String shownAs) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ProblemException(new Problem(shownAs, 0, "cannot read: " + unreadable(e)));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int bad = in.position();
            int line = 1;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new ProblemException(new Problem(shownAs, line, String.format(
                    "not valid UTF-8 (byte 0x%02X at offset %d); save the file as UTF-8", bytes[bad] & 0xff, bad)));
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Why a file could not be read, for a person: "permission denied; make it readable" rather than the bare path
     * that {@link java.nio.file.AccessDeniedException#getMessage()} is.
     */
    public static String unreadable(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied; make the file readable (chmod a+r)";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
