import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The note's @contextmanager example: an AutoCloseable, and an execute-around method
 * that can swallow the body's exception.
 */
public class ContextManager {
    // @start region=autocloseable
    static final class OpenFunc implements AutoCloseable {
        private final Path file;
        final BufferedReader reader;

        OpenFunc(Path file) throws IOException {
            this.file = file;
            System.out.println("open file: " + file + " in __enter__");
            this.reader = Files.newBufferedReader(file);
        }

        @Override
        public void close() throws IOException {
            System.out.println("close file: " + file + " in __exit__");
            reader.close();
        }
    }
    // @end

    // @start region=around
    interface LinesBody {
        void accept(BufferedReader reader) throws IOException;
    }

    /**
     * Like the generator's try/except/finally around yield, this method sees the
     * exception thrown by the body.
     */
    static void withOpenFunc(Path file, LinesBody body) {
        System.out.println("open file: " + file + " in __enter__");
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            body.accept(reader);   // yield file_handler
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            // swallowed, as in the note
            System.out.println("the exception was thrown: " + e.getMessage());
        } finally {
            System.out.println("close file: " + file + " in __exit__");
        }
    }
    // @end

    public static void main(String[] args) throws IOException {
        Path file = Path.of("mytest.txt");
        Files.write(file, List.of("first line", "second line"));
        int zero = 0;

        // @start region=useAutocloseable
        try (OpenFunc f = new OpenFunc(file)) {
            for (String line = f.reader.readLine(); line != null;
                    line = f.reader.readLine()) {
                System.out.println(line.length() / zero);            // 1/0
            }
        } catch (ArithmeticException e) {
            System.out.println("propagated out of the try: " + e.getMessage());
        }
        // @end

        // @start region=useAround
        withOpenFunc(file, reader -> {
            for (String line = reader.readLine(); line != null;
                    line = reader.readLine()) {
                System.out.println(line.length() / zero);
            }
        });
        System.out.println("after the block");
        // @end
    }
}
