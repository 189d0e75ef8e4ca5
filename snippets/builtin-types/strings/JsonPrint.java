import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A minimal pretty JSON printer, with or without \\uXXXX escapes (ensure_ascii). */
public class JsonPrint {
    public static void main(String[] args) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("name", "王小明");
        info.put("age", 18);
        info.put("skills", List.of("Python", "Java"));

        System.out.println("ensure_ascii=True (Python's default):");
        System.out.println(toJson(info, 4, true, ""));
        System.out.println("ensure_ascii=False:");
        System.out.println(toJson(info, 4, false, ""));
    }

    // @start region=printer
    static String toJson(Object value, int indent, boolean ensureAscii, String pad) {
        String inner = pad + " ".repeat(indent);
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{\n");
            int i = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = quote(e.getKey().toString(), ensureAscii);
                out.append(inner).append(key).append(": ")
                   .append(toJson(e.getValue(), indent, ensureAscii, inner))
                   .append(++i < map.size() ? ",\n" : "\n");
            }
            return out.append(pad).append('}').toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[\n");
            for (int i = 0; i < list.size(); i++) {
                out.append(inner)
                    .append(toJson(list.get(i), indent, ensureAscii, inner))
                   .append(i + 1 < list.size() ? ",\n" : "\n");
            }
            return out.append(pad).append(']').toString();
        }
        if (value instanceof String s) {
            return quote(s, ensureAscii);
        }
        return String.valueOf(value);                 // numbers, booleans
    }

    static String quote(String s, boolean ensureAscii) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20 || (ensureAscii && c > 0x7e)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
    // @end
}
