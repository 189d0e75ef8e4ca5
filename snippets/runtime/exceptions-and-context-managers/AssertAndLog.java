// notebake: jvm="-ea"
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;

/** assert (enabled with -ea) and java.util.logging with a timestamp-free format. */
public class AssertAndLog {
    // @start region=logger
    static final Logger LOG = Logger.getLogger("app");

    static void configureLogging() {
        // like format='%(levelname)s:%(name)s:%(message)s'
        Formatter format = new Formatter() {
            @Override
            public String format(LogRecord r) {
                return r.getLevel() + ":" + r.getLoggerName() + ":" + formatMessage(r)
                        + System.lineSeparator();
            }
        };
        // System.out: the default ConsoleHandler writes to stderr
        Handler handler = new StreamHandler(System.out, format);
        handler.setLevel(Level.ALL);
        LOG.setUseParentHandlers(false);
        LOG.addHandler(handler);
        LOG.setLevel(Level.INFO);   // level=logging.INFO
    }
    // @end

    static double average(int[] values) {
        // @start region=assert
        assert values.length > 0 : "no values to average"; // assert n != 0, 'no values'
        // @end
        int sum = 0;
        for (int v : values) {
            sum += v;
        }
        return (double) sum / values.length;
    }

    public static void main(String[] args) {
        configureLogging();
        // @start region=use
        LOG.info("starting");
        LOG.fine("not shown: FINE is below INFO");                 // logging.debug(...)
        LOG.log(Level.WARNING, "average of {0} values is {1}",
                new Object[] {3, average(new int[] {1, 2, 4})});
        try {
            average(new int[0]);
        } catch (AssertionError e) {
            LOG.log(Level.SEVERE, "assertion failed: " + e.getMessage());
        }
        // @end
        for (Handler h : LOG.getHandlers()) {
            h.flush();   // StreamHandler buffers its output
        }
    }
}
