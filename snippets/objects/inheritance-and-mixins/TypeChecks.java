import java.util.List;
import java.util.function.Supplier;

/**
 * getClass() gives the exact class, like type();
 * instanceof respects inheritance, like isinstance().
 */
public class TypeChecks {

    static class Animal { }

    static class Dog extends Animal { }

    public static void main(String[] args) {
        // @start region=types
        Animal a = new Dog();  // a Dog is also an Animal...
        // like type(a)
        System.out.println("a.getClass(): " + a.getClass().getSimpleName());
        System.out.println("a.getClass() == Animal.class: "
                + (a.getClass() == Animal.class));
        // like isinstance(a, Animal)
        System.out.println("a instanceof Animal: " + (a instanceof Animal));
        System.out.println("a instanceof Dog: " + (a instanceof Dog));
        Animal plain = new Animal();  // ...but an Animal is not a Dog
        System.out.println("plain instanceof Dog: " + (plain instanceof Dog));
        System.out.println("Animal.class.isInstance(a): " + Animal.class.isInstance(a));
        // @end

        // @start region=functions
        Supplier<String> lambda = () -> "hi";
        Object list = List.of();
        System.out.println("lambda instanceof Supplier: "
                + (lambda instanceof Supplier));
        System.out.println("List.of() instanceof Supplier: "
                + (list instanceof Supplier));
        // @end
    }
}
