import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.NotSerializableException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** What java.io serialization accepts and rejects, and how to limit what it reads. */
public class WhatSerializes {
    // @start region=types
    record Point(int x, int y) implements Serializable {}

    static final class Plain {   // does not implement Serializable
        int value = 1;
    }

    static final class Session implements Serializable {
        private static final long serialVersionUID = 1L;
        final String user;
        // skipped, like leaving it out of __getstate__
        transient StringBuilder cache = new StringBuilder("cached");

        Session(String user) {
            this.user = user;
        }
    }
    // @end

    public static void main(String[] args) throws Exception {
        // @start region=accepted
        Map<String, Object> values = new HashMap<>();
        values.put("list", new ArrayList<>(List.of(1, 2.5, "three", true)));
        values.put("point", new Point(3, 4));
        values.put("class", String.class);
        for (String key : List.of("list", "point", "class")) {
            System.out.println(key + ": " + roundTrip(values.get(key)));
        }
        System.out.println("null: " + roundTrip(null));
        Session restored = (Session) roundTrip(new Session("ann"));
        System.out.println("session user " + restored.user
                + ", transient cache " + restored.cache);
        // @end

        // @start region=rejected
        try {
            roundTrip(new Plain());
        } catch (NotSerializableException e) {
            System.out.println("Plain: NotSerializableException: " + e.getMessage());
        }
        Supplier<String> lambda = () -> "hi";
        try {
            roundTrip(lambda);
        } catch (NotSerializableException e) {
            System.out.println("lambda: NotSerializableException");
        }
        Supplier<String> serializableLambda =
                (Supplier<String> & Serializable) () -> "hi";
        @SuppressWarnings("unchecked")
        Supplier<String> back = (Supplier<String>) roundTrip(serializableLambda);
        System.out.println("(Supplier & Serializable) lambda: " + back.get());
        // @end

        // @start region=filter
        byte[] bytes = dump(new Point(1, 2));
        try (ObjectInputStream in =
                new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(
                    ObjectInputFilter.Config.createFilter("java.base/*;!*"));
            in.readObject();
        } catch (InvalidClassException e) {
            System.out.println("filtered: InvalidClassException: " + e.getMessage());
        }
        // @end
    }

    static byte[] dump(Object value) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(buffer)) {
            out.writeObject(value);
        }
        return buffer.toByteArray();
    }

    static Object roundTrip(Object value) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in =
                new ObjectInputStream(new ByteArrayInputStream(dump(value)))) {
            return in.readObject();
        }
    }
}
