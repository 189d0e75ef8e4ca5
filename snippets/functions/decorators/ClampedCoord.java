import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * A bounds-checking decorator:
 * clamp negative inputs and results of coordinate arithmetic to 0.
 */
public class ClampedCoord {

    // @start region=coord
    record Coord(int x, int y) { }

    static Coord add(Coord a, Coord b) {
        return new Coord(a.x() + b.x(), a.y() + b.y());
    }

    static Coord sub(Coord a, Coord b) {
        return new Coord(a.x() - b.x(), a.y() - b.y());
    }

    // The bounds checker: clamps negative inputs and results to 0.
    static BinaryOperator<Coord> wrapper(BinaryOperator<Coord> func) {
        UnaryOperator<Coord> clamp =
                c -> new Coord(Math.max(c.x(), 0), Math.max(c.y(), 0));
        return (a, b) -> clamp.apply(func.apply(clamp.apply(a), clamp.apply(b)));
    }
    // @end

    public static void main(String[] args) {
        // @start region=calls
        Coord one = new Coord(100, 200);
        Coord two = new Coord(300, 200);
        Coord three = new Coord(-100, -100);
        System.out.println("add(one, two)   = " + add(one, two));
        // negative x
        System.out.println("sub(one, two)   = " + sub(one, two));

        BinaryOperator<Coord> checkedAdd = wrapper(ClampedCoord::add);
        BinaryOperator<Coord> checkedSub = wrapper(ClampedCoord::sub);
        System.out.println("checked sub(one, two)   = " + checkedSub.apply(one, two));
        System.out.println("checked add(one, three) = " + checkedAdd.apply(one, three));
        // @end
    }
}
