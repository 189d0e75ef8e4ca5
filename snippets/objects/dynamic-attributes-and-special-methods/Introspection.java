import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** vars() and dir(): reflection over fields and methods, declared vs inherited. */
public class Introspection {

    // @start region=student
    static class Person {
        protected String name = "Ann";

        public String greet() {
            return "hi, " + name;
        }
    }

    static class Student extends Person {
        private int score = 90;

        public int score() {
            return score;
        }
    }
    // @end

    public static void main(String[] args) throws IllegalAccessException {
        // @start region=vars
        // Like vars(obj): the instance's fields and their values. Python keeps
        // them all in one __dict__; Java declares each field in one class,
        // so walk up the hierarchy.
        Student s = new Student();
        for (Class<?> c = Student.class; c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                f.setAccessible(true);
                System.out.println(f.getName() + " = " + f.get(s)
                        + "  (declared in " + c.getSimpleName() + ")");
            }
        }
        // @end

        // @start region=dir
        // Like dir(obj): every accessible member, inherited ones included.
        TreeSet<String> declared = Arrays.stream(Student.class.getDeclaredMethods())
                .map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
        TreeSet<String> allPublic = Arrays.stream(Student.class.getMethods())
                .map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
        System.out.println("getDeclaredMethods(): " + declared);
        System.out.println("getMethods():         " + allPublic);
        // @end
    }
}
