import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** A collected List computes everything now; a stream's iterator computes on demand. */
public class EagerVsLazy {

    public static void main(String[] args) {
        // @start region=eagerLazy
        // [x*x for x in range(10)]
        List<Integer> ls = IntStream.range(0, 10).map(x -> x * x)
                // all 10 values exist now
                .boxed().collect(Collectors.toList());
        System.out.println("list:   " + ls);

        List<String> computed = new ArrayList<>();
        // (x*x for x in range(10))
        Iterator<Integer> g = IntStream.range(0, 10)
                .peek(x -> computed.add("x=" + x))
                .map(x -> x * x)
                .iterator();
        System.out.println("next(g) = " + g.next() + ", next(g) = " + g.next());
        System.out.println("computed so far: " + computed);
        // @end
    }
}
