/** Inheritance, overriding and polymorphism. */
public class Animals {

    // @start region=classes
    static class Animal {
        void run() {
            System.out.println("Animal is running...");
        }
    }

    // inherits run() unchanged, like "class Cat(Animal): pass"
    static class Cat extends Animal {
    }

    static class Dog extends Animal {
        @Override
        void run() {  // overrides the parent's run()
            System.out.println("Dog is running...");
        }

        void eat() {
            System.out.println("Eating meat...");
        }
    }

    // Written once, against the parent type.
    static void runTwice(Animal animal) {
        animal.run();  // calls the run() of the object's actual class
        animal.run();
    }
    // @end

    // @start region=newSubclass
    // added later: runTwice needs no change
    static class Tortoise extends Animal {
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
    }
}
