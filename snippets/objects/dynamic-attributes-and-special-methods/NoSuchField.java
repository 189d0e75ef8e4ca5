// notebake: compile-error=compiler.err.cant.resolve.location
/** Assigning an undeclared field does not compile: __slots__ for free. */
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
