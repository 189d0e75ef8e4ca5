import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** pickle.dumps/loads and dump/load with java.io object streams. */
public class RecordRoundTrip {
    // @start region=types
    record Student(String name, int age, List<String> courses)
            implements Serializable {}
    // @end

    public static void main(String[] args) throws IOException, ClassNotFoundException {
        Student d = new Student("Bob", 20, List.of("math", "physics"));

        // @start region=bytes
        byte[] bytes = dumps(d);                                // pickle.dumps(d)
        System.out.println("stream header: " + HexFormat.of().formatHex(bytes, 0, 4));
        Object copy = loads(bytes);                             // pickle.loads(bytes)
        System.out.println("loaded: " + copy);
        System.out.println("equal: " + copy.equals(d)
                + ", same object: " + (copy == d));
        // @end

        // @start region=file
        Path file = Path.of("dump.bin");
        try (OutputStream out = Files.newOutputStream(file);  // open('dump.bin', 'wb')
             ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeObject(Map.of("student", d, "year", 2026));   // pickle.dump
        }
        try (InputStream in = Files.newInputStream(file);     // open('dump.bin', 'rb')
             ObjectInputStream objects = new ObjectInputStream(in)) {
            // pickle.load(f)
            @SuppressWarnings("unchecked")
            Map<String, Object> restored = (Map<String, Object>) objects.readObject();
            System.out.println("from file: " + restored.get("student")
                    + " in " + restored.get("year"));
        }
        // @end
    }

    // @start region=helpers
    static byte[] dumps(Object value) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(buffer)) {
            out.writeObject(value);
        }
        return buffer.toByteArray();
    }

    static Object loads(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in =
                new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }
    // @end
}
