import java.util.ArrayList;
import java.util.List;

/** In Java, objects know their class; primitives are not objects. */
public class EverythingObject {
    public static void main(String[] args) {
        List<Object> things = List.of("text", 42, 3.5, new int[] {1, 2},
                new ArrayList<String>(), String.class);
        for (Object o : things) {
            System.out.printf("%-20s class: %s%n",
                    describe(o), o.getClass().getTypeName());
        }
        System.out.println("int.class is primitive: " + int.class.isPrimitive()
                + ", Integer.class is primitive: " + Integer.class.isPrimitive());
        System.out.println("a class is an object too: "
                + (String.class instanceof Object));
    }

    static String describe(Object o) {
        return o instanceof int[] array ? "int[] of length " + array.length
                : o instanceof Class<?> c ? c.getSimpleName() + ".class"
                : String.valueOf(o);
    }
}
