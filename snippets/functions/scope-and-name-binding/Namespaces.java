import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Python keeps names in dicts (globals(), locals()). Java resolves names when
 * it compiles: locals become numbered slots and fields fixed members.
 * Reflection gives a read-only view of fields; a Map is the honest way to get
 * a namespace you can add names to.
 */
public class Namespaces {

    // Static fields are the closest thing to a module's globals.
    static int x = 123;
    static String greeting = "Hello, World!";

    public static void main(String[] args) throws IllegalAccessException {
        Field[] fields = Namespaces.class.getDeclaredFields();
        // declaration order is not guaranteed
        Arrays.sort(fields, Comparator.comparing(Field::getName));
        for (Field f : fields) {
            if (Modifier.isStatic(f.getModifiers())) {
                Object value = f.get(null);
                System.out.println("field " + f.getName() + " = " + value);
            }
        }

        // a namespace you can extend at run time
        Map<String, Object> namespace = new LinkedHashMap<>();
        namespace.put("x", 123);
        namespace.put("y", "created at run time");
        System.out.println("namespace = " + namespace);
        System.out.println("lookup 'y' -> " + namespace.get("y"));
    }
}
