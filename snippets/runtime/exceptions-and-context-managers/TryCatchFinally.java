import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** try/catch/finally, multi-catch, chaining, and checked exceptions. */
public class TryCatchFinally {
    // @start region=custom
    /** A checked exception: callers must catch it or declare it. */
    static final class ConfigException extends Exception {
        private static final long serialVersionUID = 1L;

        ConfigException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static int parsePort(String text) throws ConfigException {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new ConfigException("bad port: " + text, e);     // raise ... from e
        }
    }
    // @end

    public static void main(String[] args) {
        // @start region=basic
        for (String input : List.of("8080", "http")) {
            try {
                System.out.println("port " + parsePort(input));
            } catch (ConfigException e) {   // except ConfigException as e:
                System.out.println("caught: " + e.getMessage() + ", caused by "
                        + e.getCause().getClass().getSimpleName());
            } finally {
                System.out.println("finally runs for " + input);
            }
        }
        // @end

        // @start region=multi
        for (Object value : new Object[] {null, "x", 10}) {
            try {
                // may throw two different exceptions
                int length = ((String) value).length();
                System.out.println("length " + length);
            } catch (NullPointerException | ClassCastException e) {
                // except (TypeError, AttributeError):
                System.out.println(e.getClass().getSimpleName() + " for " + value);
            }
        }
        // @end

        // @start region=unchecked
        try {
            readConfig();
        } catch (UncheckedIOException e) {
            System.out.println("unchecked wrapper around "
                    + e.getCause().getClass().getSimpleName());
        }
        // @end
    }

    static void readConfig() {
        try {
            throw new IOException("disk unavailable");
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // convert a checked exception
        }
    }
}
