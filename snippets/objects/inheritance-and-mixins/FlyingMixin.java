/** Mixins in Java: interfaces with default methods add a capability to a hierarchy. */
public class FlyingMixin {

    // @start region=plane
    static class Vehicle {
        String describe() {
            return getClass().getSimpleName() + " is a vehicle";
        }
    }

    interface PlaneMixin {  // a capability, not a thing
        default void fly() {
            System.out.println("I am flying");
        }
    }

    static class Airplane extends Vehicle implements PlaneMixin { }

    static class Helicopter extends Vehicle implements PlaneMixin { }

    // no PlaneMixin: cars don't fly
    static class Car extends Vehicle { }
    // @end

    public static void main(String[] args) {
        // @start region=calls
        Vehicle[] vehicles = {new Airplane(), new Helicopter(), new Car()};
        for (Vehicle v : vehicles) {
            System.out.print(v.describe() + ": ");
            if (v instanceof PlaneMixin flyer) {
                flyer.fly();
            } else {
                System.out.println("cannot fly");
            }
        }
        // @end
    }
}
