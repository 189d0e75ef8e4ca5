import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Stream.map is lazy like Python 3's map: nothing runs until the result is pulled. */
public class LazyMap {

    public static void main(String[] args) {
        // @start region=lazy
        List<String> log = new ArrayList<>();
        Stream<Integer> pending = Stream.of(1, 2, 3).map(x -> {
            log.add("f(" + x + ")");
            return x * x;
        });
        // nothing computed yet
        System.out.println("after map():     log = " + log);
        List<Integer> result = pending.collect(Collectors.toList());
        System.out.println("after collect(): log = " + log + ", result = " + result);
        // @end
    }
}
