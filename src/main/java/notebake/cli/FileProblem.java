package notebake.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Turns a file the command could not read or write (a read-only {@code target/}, an unreadable folder under
 * {@code content/}, a file where a folder must be) into one line naming the file, what is wrong and the fix,
 * instead of an "internal error" with a stack trace.
 */
final class FileProblem {

    static final String ADVICE = "make sure you can read the source folder and write its target/ folder "
            + "(target/ holds only what Notebake builds: delete it and run again)";

    private FileProblem() {
    }

    /** The line for the first file-system error in the cause chain of {@code e}, or {@code null} if none. */
    static String describe(Throwable e) {
        IOException io = null;
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof FileSystemException f) {
                return f.getFile() + (f.getOtherFile() == null ? "" : " (to " + f.getOtherFile() + ")") + ": "
                        + reason(f) + "; " + ADVICE;
            }
            if (io == null && t instanceof IOException i) {
                io = i;
            }
        }
        return io == null ? null : "cannot read or write a file: " + io.getMessage() + "; " + ADVICE;
    }

    private static String reason(FileSystemException f) {
        if (f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT).replaceFirst("\\.$", "");
        }
        if (f instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (f instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (f instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (f instanceof FileAlreadyExistsException) {
            return "a file is in the way";
        }
        return "cannot be read or written";
    }
}
