import java.util.List;

/** When a loop only asks "does any element match?", anyMatch says it directly. */
public class AnyMatch {

    public static void main(String[] args) {
        // @start region=anyMatch
        List<Integer> numbers = List.of(3, 8, 15);
        System.out.println("contains 15: " + numbers.stream().anyMatch(n -> n == 15));
        System.out.println("contains 4:  " + numbers.stream().anyMatch(n -> n == 4));
        // @end
    }
}
