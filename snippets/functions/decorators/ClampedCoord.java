import java.util.function.BinaryOperator;
import java.util.function.IntSupplier;
import java.util.function.UnaryOperator;

/** A decorator is a function that takes a function and returns a replacement for it. */
public class ClampedCoord {

    // @start region=outer
    // Like def outer(some_func): def inner(): print('before some_func'); return some_func() + 1
    static IntSupplier outer(IntSupplier someFunc) {
        return () -> {
            System.out.println("before some_func");
            int ret = someFunc.getAsInt();
            return ret + 1;
        };
    }
    // @end

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
        UnaryOperator<Coord> clamp = c -> new Coord(Math.max(c.x(), 0), Math.max(c.y(), 0));
        return (a, b) -> clamp.apply(func.apply(clamp.apply(a), clamp.apply(b)));
    }
    // @end

    public static void main(String[] args) {
        // @start region=outerCalls
        IntSupplier foo = () -> 1;
        IntSupplier decorated = outer(foo);
        System.out.println(decorated.getAsInt());
        foo = outer(foo);                                // replace foo by its decorated version
        System.out.println(foo.getAsInt());
        // @end

        // @start region=coordCalls
        Coord one = new Coord(100, 200);
        Coord two = new Coord(300, 200);
        Coord three = new Coord(-100, -100);
        System.out.println("add(one, two)   = " + add(one, two));
        System.out.println("sub(one, two)   = " + sub(one, two));     // negative x

        BinaryOperator<Coord> checkedAdd = wrapper(ClampedCoord::add);
        BinaryOperator<Coord> checkedSub = wrapper(ClampedCoord::sub);
        System.out.println("checked sub(one, two)   = " + checkedSub.apply(one, two));
        System.out.println("checked add(one, three) = " + checkedAdd.apply(one, three));
        // @end
    }
}
