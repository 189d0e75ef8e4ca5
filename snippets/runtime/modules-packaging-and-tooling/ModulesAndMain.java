import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;

/** Any class may have a main method; reflection lists its names, like dir(module). */
public class ModulesAndMain {
    // @start region=echo
    static final class Echo {   // stands in for sound/effects/echo.py
        public static String echofilter(String input) {
            return input + "... " + input.toLowerCase();
        }

        public static int delay() {
            return 250;
        }

        private static String helper() {   // not part of the public interface
            return "internal";
        }

        public static void main(String[] args) {   // only if Echo is the launched class
            System.out.println("Echo run directly");
        }
    }
    // @end

    public static void main(String[] args) {
        // @start region=use
        System.out.println(Echo.echofilter("HELLO"));
        System.out.println(java.util.List.of(1, 2));   // fully qualified, no import
        // @end

        // @start region=dir
        // dir(echo)
        String publicNames = Arrays.stream(Echo.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .map(Method::getName)
                .sorted()
                .toList()
                .toString();
        System.out.println("public methods of Echo: " + publicNames);
        // @end
    }
}
