// notebake: compile-error=compiler.err.does.not.override.abstract
/** A concrete class that leaves an abstract method out does not compile. */
public class MissingOverride {
    abstract static class Shape {
        abstract double area();
    }

    static final class Circle extends Shape {
    }

    public static void main(String[] args) {
        System.out.println(new Circle().area());
    }
}
