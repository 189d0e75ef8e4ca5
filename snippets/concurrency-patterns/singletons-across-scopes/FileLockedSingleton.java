// notebake: timeout=10s
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** One object shared by processes: lock, deserialize, use, serialize back, unlock. */
public class FileLockedSingleton {
    static final Path LOCK = Path.of("singleton.lock");
    static final Path STATE = Path.of("singleton.ser");

    // @start region=state
    record Settings(int visits, String lastVisitor) implements Serializable {
        private static final long serialVersionUID = 1L;
    }
    // @end

    // @start region=update
    /** The only way to touch the shared Settings: under an exclusive lock on LOCK. */
    static void update(String who) throws IOException, ClassNotFoundException {
        try (FileChannel channel = FileChannel.open(LOCK,
                StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            // blocks while another process holds it
            FileLock lock = channel.lock();
            try {
                // deserialize
                Settings s = load();
                // use
                s = new Settings(s.visits() + 1, who);
                // serialize back
                save(s);
            } finally {
                // the object is dropped; release the lock
                lock.release();
            }
        }
    }
    // @end

    public static void main(String[] args) throws Exception {
        if (args.length > 0) {                                   // a worker process
            for (int i = 0; i < 25; i++) update(args[0]);
            return;
        }
        // @start region=main
        save(new Settings(0, "nobody"));
        List<Process> workers = new ArrayList<>();
        // run at the same time
        for (String name : List.of("worker-1", "worker-2")) workers.add(start(name));
        for (Process w : workers) {
            byte[] output = w.getInputStream().readAllBytes();
            String out = new String(output, StandardCharsets.UTF_8);
            if (w.waitFor() != 0) {
                throw new IllegalStateException("worker failed: " + out);
            }
        }
        Settings last = load();
        System.out.println("visits after 2 workers x 25 updates: " + last.visits());
        System.out.println("last visitor was a worker: "
                + last.lastVisitor().startsWith("worker-"));
        // @end
    }

    static Process start(String name) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        // a small, fast-starting JVM
        return new ProcessBuilder(java, "-Xmx64m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                FileLockedSingleton.class.getName(), name)
                .redirectErrorStream(true).start();
    }

    static Settings load() throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(
                new ByteArrayInputStream(Files.readAllBytes(STATE)))) {
            return (Settings) in.readObject();
        }
    }

    static void save(Settings s) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(s);
        }
        Files.write(STATE, bytes.toByteArray());
    }
}
