import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Python instances keep attributes in a per-instance dict, so new ones can be added at
 * run time. A Java object's fields are fixed by its class: for Python-style flexibility
 * you build the dict yourself.
 */
public class DynamicObjectDemo {

    // @start region=dynamic
    static final class DynamicObject {
        // A "method": a function that receives self and one argument.
        interface Method extends BiConsumer<DynamicObject, Object> { }

        // Shared by all instances, like Student.set_score = set_score
        private static final Map<String, Method> CLASS_METHODS =
                new LinkedHashMap<>();

        // like __dict__
        private final Map<String, Object> dict = new LinkedHashMap<>();
        private final Map<String, Method> ownMethods = new LinkedHashMap<>();

        void set(String name, Object value) {
            dict.put(name, value);
        }

        Object get(String name) {
            if (!dict.containsKey(name)) {
                // AttributeError
                throw new IllegalArgumentException("no attribute '" + name + "'");
            }
            return dict.get(name);
        }

        // MethodType(f, st)
        void bindMethod(String name, Method method) {
            ownMethods.put(name, method);
        }

        void call(String name, Object arg) {
            Method m = ownMethods.getOrDefault(name, CLASS_METHODS.get(name));
            if (m == null) {
                throw new IllegalArgumentException("no method '" + name + "'");
            }
            m.accept(this, arg);  // "self" is passed explicitly
        }

        @Override
        public String toString() {
            return "DynamicObject" + dict;
        }
    }
    // @end

    public static void main(String[] args) {
        // @start region=calls
        DynamicObject st = new DynamicObject();
        st.set("name", "John");  // st.name = 'John'
        st.bindMethod("set_age", (self, age) -> self.set("age", age));
        st.call("set_age", 25);  // st.set_age(25)
        System.out.println(st);

        DynamicObject other = new DynamicObject();
        try {
            other.call("set_age", 30);  // bound to st only
        } catch (IllegalArgumentException e) {
            System.out.println("other: " + e.getMessage());
        }

        DynamicObject.CLASS_METHODS.put("set_score", (self, s) -> self.set("score", s));
        other.call("set_score", 99);  // a "class method": all instances
        st.call("set_score", 88);
        System.out.println(st + " / " + other);
        // @end
    }
}
