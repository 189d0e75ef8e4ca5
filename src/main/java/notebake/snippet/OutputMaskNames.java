package notebake.snippet;

import java.util.List;

/** The named output masks a snippet may ask for; {@code notebake.verify.OutputMasks} implements them. */
public final class OutputMaskNames {

    public static final List<String> NAMES = List.of("pid", "thread-id", "hash", "timestamp", "duration", "port");

    private OutputMaskNames() {
    }
}
