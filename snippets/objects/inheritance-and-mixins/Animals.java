import java.util.List;
import java.util.function.Supplier;

/** Inheritance, overriding, polymorphism, and checking an object's type. */
public class Animals {

    // @start region=classes
    static class Animal {
        void run() {
            System.out.println("Animal is running...");
        }
    }

    static class Cat extends Animal {        // inherits run() unchanged, like "class Cat(Animal): pass"
    }

    static class Dog extends Animal {
        @Override
        void run() {                          // overrides the parent's run()
            System.out.println("Dog is running...");
        }

        void eat() {
            System.out.println("Eating meat...");
        }
    }

    // Written once, against the parent type.
    static void runTwice(Animal animal) {
        animal.run();                         // calls the run() of the object's actual class
        animal.run();
    }
    // @end

    // @start region=newSubclass
    static class Tortoise extends Animal {    // added later: runTwice needs no change
        @Override
        void run() {
            System.out.println("Tortoise is running slowly...");
        }
    }
    // @end

    public static void main(String[] args) {
        // @start region=calls
        runTwice(new Animal());
        runTwice(new Dog());
        runTwice(new Cat());
        runTwice(new Tortoise());
        // @end

        // @start region=types
        Animal a = new Dog();                 // a Dog is also an Animal...
        System.out.println("a.getClass(): " + a.getClass().getSimpleName());      // like type(a)
        System.out.println("a.getClass() == Animal.class: " + (a.getClass() == Animal.class));
        System.out.println("a instanceof Animal: " + (a instanceof Animal));       // like isinstance(a, Animal)
        System.out.println("a instanceof Dog: " + (a instanceof Dog));
        Animal plain = new Animal();          // ...but an Animal is not a Dog
        System.out.println("plain instanceof Dog: " + (plain instanceof Dog));
        System.out.println("Animal.class.isInstance(a): " + Animal.class.isInstance(a));
        // @end

        // @start region=functions
        Supplier<String> lambda = () -> "hi";
        System.out.println("lambda instanceof Supplier: " + (lambda instanceof Supplier));
        System.out.println("List.of() instanceof Supplier: " + (List.of() instanceof Supplier));
        // @end
    }
}
