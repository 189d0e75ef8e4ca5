import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

public class ShareOrSerialize {

    // @start region=types
    /** Some state plus a monitor object that guards it. */
    record Inbox(List<String> messages, Object guard) implements Serializable { }
    // @end

    public static void main(String[] args) throws Exception {
        Inbox inbox = new Inbox(new ArrayList<>(), new Object());

        // @start region=thread
        Thread other = new Thread(() -> {
            // the very same object, no copy
            synchronized (inbox.guard()) {
                inbox.messages().add("hello from " + Thread.currentThread().getName());
            }
        }, "worker");
        other.start();
        other.join();
        System.out.println("shared with a thread: " + inbox.messages());
        // @end

        // @start region=process
        // Another process can only receive bytes,
        // so the object must be serialized first.
        try (ObjectOutputStream out =
                new ObjectOutputStream(new ByteArrayOutputStream())) {
            out.writeObject(inbox);
            System.out.println("serialized");
        } catch (IOException e) {
            System.out.println("cannot send to a process: " + e);
        }
        // @end
    }
}
