import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Old Zhang's kettles: sync/async is the kettle, blocking/non-blocking is Zhang. */
public class Kettles {
    // @start region=kettles
    static final ExecutorService stove =
            Executors.newSingleThreadExecutor(r -> new Thread(r, "stove"));

    /** An ordinary kettle: it boils, but tells nobody. */
    static String boil() {
        sleep(60);
        return "boiling water";
    }

    /** A whistling kettle: when the water boils it whistles, and the listener runs. */
    static CompletableFuture<String> whistlingKettle(Consumer<String> whenItWhistles) {
        CompletableFuture<String> kettle = new CompletableFuture<>();
        // registered before boiling
        CompletableFuture<String> whistled = kettle.thenApply(water -> {
            System.out.println("   whistle! (on thread "
                    + Thread.currentThread().getName() + ")");
            whenItWhistles.accept(water);
            return water;
        });
        stove.execute(() -> kettle.complete(boil()));
        return whistled;
    }
    // @end

    public static void main(String[] args) throws Exception {
        // @start region=four
        // 1. synchronous + blocking: ordinary kettle, Zhang stands and waits
        String water = boil();
        System.out.println("1. sync + blocking:      Zhang stood by the kettle; "
                + water);

        // 2. synchronous + non-blocking: ordinary kettle, Zhang watches TV and keeps
        //    checking
        Future<String> plain = stove.submit(Kettles::boil);
        do {
            watchTvScene();
        } while (!plain.isDone());    // polling: look again
        System.out.println("2. sync + non-blocking:  Zhang found it himself "
                + "by checking; " + plain.get());

        // 3. asynchronous + blocking: whistling kettle, Zhang still stands and waits
        String water3 = whistlingKettle(w -> { }).join();
        System.out.println("3. async + blocking:     Zhang stood next to a kettle "
                + "that whistles; " + water3);

        // 4. asynchronous + non-blocking: whistling kettle, Zhang watches TV until it
        //    whistles
        System.out.println("4. async + non-blocking: Zhang puts it on and watches TV, "
                + "never checking");
        CompletableFuture<String> tea = whistlingKettle(
                w -> System.out.println("   Zhang gets up and makes tea with " + w));
        // only so the program does not end first
        tea.join();
        // @end
        stove.shutdown();
        stove.awaitTermination(5, TimeUnit.SECONDS);
    }

    static void watchTvScene() {
        sleep(5);
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
