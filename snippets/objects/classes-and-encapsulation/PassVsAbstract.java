/** Python's pass as a placeholder body, and what Java offers instead. */
public class PassVsAbstract {

    // @start region=shapes
    abstract static class Shape {
        // no body: every subclass MUST implement it
        abstract double area();

        // an empty body, like "def on_draw(self): pass"
        void onDraw() {
        }

        String describe() {
            return getClass().getSimpleName() + " with area " + area();
        }
    }

    static final class Square extends Shape {
        private final double side;

        Square(double side) {
            this.side = side;
        }

        @Override
        double area() {
            return side * side;
        }
    }

    static final class Stub extends Shape {
        // a stub that fails loudly instead of doing nothing
        @Override
        double area() {
            throw new UnsupportedOperationException("area() not implemented yet");
        }
    }
    // @end

    public static void main(String[] args) {
        // @start region=calls
        Shape square = new Square(3);
        square.onDraw();  // does nothing, like pass
        System.out.println(square.describe());
        try {
            new Stub().describe();
        } catch (UnsupportedOperationException e) {
            System.out.println("Stub: " + e.getMessage());
        }
        // @end
    }
}
