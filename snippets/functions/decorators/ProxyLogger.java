import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * java.lang.reflect.Proxy decorates every method of an interface at once. Reflection
 * supplies each method's real name - the Java counterpart of func.__name__.
 */
public class ProxyLogger {

    interface Calendar {
        String now();

        int add(int a, int b);
    }

    static final class SimpleCalendar implements Calendar {
        @Override
        public String now() {
            return "2019-4-4";
        }

        @Override
        public int add(int a, int b) {
            return a + b;
        }
    }

    // @start region=proxy
    @SuppressWarnings("unchecked")
    static <T> T logged(Class<T> type, T target) {
        InvocationHandler handler = (proxy, method, args) -> {
            String shown = args == null ? "" : Arrays.stream(args)
                    .map(String::valueOf)
                    .collect(Collectors.joining(", "));
            System.out.println("call " + method.getName() + "(" + shown + "):");
            try {
                // delegate to the real object
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                // rethrow what the real method threw, unwrapped
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(
                type.getClassLoader(), new Class<?>[] {type}, handler);
    }
    // @end

    public static void main(String[] args) {
        // @start region=calls
        Calendar calendar = logged(Calendar.class, new SimpleCalendar());
        System.out.println(calendar.now());
        System.out.println(calendar.add(3, 5));
        // @end
    }
}
