import java.util.List;
import java.util.stream.IntStream;

/** Java has no enumerate(): an indexed loop, or a stream of indexes. */
public class Enumerate {

    public static void main(String[] args) {
        // @start region=enumerate
        List<String> list = List.of("A", "B", "C");
        // for i, value in enumerate(list):
        for (int i = 0; i < list.size(); i++) {
            System.out.println(i + " " + list.get(i));
        }
        IntStream.range(0, list.size())
                .mapToObj(i -> i + ":" + list.get(i))
                .forEach(System.out::println);
        // @end
    }
}
