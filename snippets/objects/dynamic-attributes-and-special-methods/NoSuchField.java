// notebake: compile-error=compiler.err.cant.resolve.location
/** Assigning a field the class does not declare is a compile error - Java's __slots__ for free. */
public class NoSuchField {
    static final class Student {
        String name;
        int age;
    }

    public static void main(String[] args) {
        Student st = new Student();
        st.name = "John";
        st.score = 99;
    }
}
