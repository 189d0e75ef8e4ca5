import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A tiny event bus: each event carries the original parameters, so a failure can be
 * traced to its input.
 */
public class EventBus {
    // @start region=bus
    /** An event: its type, the job's initial parameters, the raising step's result. */
    record Event(String type, Map<String, String> params, String result) {}

    private final Map<String, List<Consumer<Event>>> subscribers = new HashMap<>();
    private final List<String> errors = new ArrayList<>();

    void subscribe(String type, Consumer<Event> handler) {
        subscribers.computeIfAbsent(type, k -> new ArrayList<>()).add(handler);
    }

    /** Delivers synchronously, like Django's Signal.send(): in the caller's thread. */
    void publish(Event e) {
        for (Consumer<Event> h : subscribers.getOrDefault(e.type(), List.of())) {
            try {
                h.accept(e);
            } catch (RuntimeException ex) {
                errors.add(e.type() + " failed for " + e.params() + ": "
                        + ex.getMessage());
            }
        }
    }
    // @end

    public static void main(String[] args) {
        // @start region=main
        EventBus bus = new EventBus();
        bus.subscribe("downloaded", e -> {
            // fails for a malformed size
            int size = Integer.parseInt(e.result());
            bus.publish(new Event("parsed", e.params(), size + " bytes"));
        });
        bus.subscribe("parsed", e -> System.out.println(
                "stored " + e.params().get("url") + ": " + e.result()));

        String[][] jobs = {{"/a", "120"}, {"/b", "12O"}, {"/c", "75"}};
        for (String[] job : jobs) {
            Map<String, String> params = Map.of("url", job[0]);
            // the download step's result
            bus.publish(new Event("downloaded", params, job[1]));
        }
        bus.errors.forEach(err -> System.out.println("error: " + err));
        // @end
    }
}
