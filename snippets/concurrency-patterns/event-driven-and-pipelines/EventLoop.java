import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/** An event queue, devices posting events, and a loop dispatching them to handlers. */
public class EventLoop {
    // @start region=loop
    record Event(String type, String detail) {}

    public static void main(String[] args) throws InterruptedException {
        // 1. the event queue
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();

        // 4. a handler per event type
        Map<String, Consumer<Event>> handlers = Map.of(
                "click", e -> System.out.println("onClick: " + e.detail()),
                "keydown", e -> System.out.println("onKeyDown: " + e.detail()));

        // 2. input arrives: post events
        Thread devices = new Thread(() -> {
            for (Event e : List.of(new Event("click", "button OK at (10, 20)"),
                                   new Event("keydown", "Enter"),
                                   new Event("scroll", "down 3 lines"),
                                   new Event("click", "menu File"),
                                   new Event("quit", ""))) {
                events.add(e);
            }
        }, "devices");
        devices.start();

        // 3. the loop
        while (true) {
            // sleeps while nothing happens: no CPU spent polling
            Event e = events.take();
            if (e.type().equals("quit")) break;
            Consumer<Event> handler = handlers.getOrDefault(e.type(),
                    ev -> System.out.println("(no handler for " + ev.type() + ")"));
            handler.accept(e);
        }
        devices.join();
        System.out.println("event loop finished");
    }
    // @end
}
