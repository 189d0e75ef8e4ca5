import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The note's LoggerMixin with interfaces: explicit X.super calls instead of an MRO. */
public class LoggerMixinDemo {

    // @start region=logger
    interface Displayer {
        default void display(String message) {
            System.out.println(message);
        }
    }

    // Java makes LoggerMixin's dependency explicit: it extends Displayer,
    // so that it may call Displayer.super.display().
    interface LoggerMixin extends Displayer {
        default void log(String message, String filename) {
            try {
                Files.writeString(Path.of(filename), message + "\n",
                        // like open(filename, 'a')
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        default void log(String message) {
            log(message, "logfile.txt");
        }

        @Override
        default void display(String message) {
            // step 2: the Displayer implementation
            Displayer.super.display(message);
            // step 3: dispatched on the real object's class
            log(message);
        }
    }

    static class MySubClass implements LoggerMixin {
        // reached from LoggerMixin.display()
        @Override
        public void log(String message) {
            LoggerMixin.super.log(message, "subclasslog.txt");
        }
    }
    // @end

    public static void main(String[] args) throws IOException {
        // @start region=calls
        Path log = Path.of("subclasslog.txt");
        // start clean so every run prints the same
        Files.deleteIfExists(log);
        MySubClass subclass = new MySubClass();
        // step 1
        subclass.display("This string will be shown and logged in subclasslog.txt");
        String logged = Files.readString(log).strip();
        System.out.println("subclasslog.txt contains: " + logged);
        boolean defaultUsed = Files.exists(Path.of("logfile.txt"));
        System.out.println("logfile.txt exists: " + defaultUsed);
        // @end
    }
}
