import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.Method;
import java.util.ArrayList;

/**
 * Reflection can call a private method, much as Python code can call
 * ins._Kls__private(). The escape hatch stops at module boundaries: the JDK's own
 * private members stay closed.
 */
public class PrivateReflection {

    // @start region=kls
    static final class Kls {
        private String privateMethod() {
            return "private method called";
        }

        public String callPrivate() {  // the sanctioned way in
            return privateMethod();
        }
    }
    // @end

    public static void main(String[] args) throws ReflectiveOperationException {
        // @start region=reflect
        Kls ins = new Kls();
        System.out.println("via public method: " + ins.callPrivate());

        Method m = Kls.class.getDeclaredMethod("privateMethod");
        // switch off the access check for this object
        m.setAccessible(true);
        System.out.println("via reflection:    " + m.invoke(ins));
        // @end

        // @start region=module
        Field size = ArrayList.class.getDeclaredField("size");
        try {
            // java.base does not open java.util to us
            size.setAccessible(true);
        } catch (InaccessibleObjectException e) {
            System.out.println("ArrayList.size: " + e.getClass().getSimpleName());
        }
        // @end
    }
}
