import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The note's LoggerMixin example with interfaces: explicit X.super calls instead of an MRO. */
public class LoggerMixinDemo {

    // @start region=logger
    interface Displayer {
        default void display(String message) {
            System.out.println(message);
        }
    }

    // Java makes LoggerMixin's dependency explicit: it extends Displayer to call Displayer.super.
    interface LoggerMixin extends Displayer {
        default void log(String message, String filename) {
            try {
                Files.writeString(Path.of(filename), message + "\n",
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);   // like open(filename, 'a')
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        default void log(String message) {
            log(message, "logfile.txt");
        }

        @Override
        default void display(String message) {
            Displayer.super.display(message);    // step 2: the Displayer implementation
            log(message);                        // step 3: dispatched on the real object's class
        }
    }

    static class MySubClass implements LoggerMixin {
        @Override
        public void log(String message) {        // reached from LoggerMixin.display()
            LoggerMixin.super.log(message, "subclasslog.txt");
        }
    }
    // @end

    public static void main(String[] args) throws IOException {
        // @start region=calls
        Path log = Path.of("subclasslog.txt");
        Files.deleteIfExists(log);                        // start clean so every run prints the same
        MySubClass subclass = new MySubClass();
        subclass.display("This string will be shown and logged in subclasslog.txt"); // step 1
        System.out.println("subclasslog.txt contains: " + Files.readString(log).strip());
        System.out.println("logfile.txt exists: " + Files.exists(Path.of("logfile.txt")));
        // @end
    }
}
