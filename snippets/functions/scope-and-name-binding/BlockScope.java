import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Java block scope and loop variables, compared with Python's function-level scope. */
public class BlockScope {

    // @start region=pure
    static int total = 0;                       // shared, "global" state

    static void addToTotal(int n) {             // works through a side effect: hard to follow
        total += n;
    }

    static int add(int current, int n) {        // the note's advice: pass in, return the result
        return current + n;
    }
    // @end

    public static void main(String[] args) {
        // @start region=leak
        int b = 1;                              // to keep a value after a loop,
        for (int v = 0; v < 5; v++) {           // declare it before the loop
            b = v;
        }
        System.out.println(b + " -> b after the loop");
        // @end

        // @start region=reassign
        List<Integer> printed = new ArrayList<>();
        for (int i : List.of(0, 1, 2, 3, 4)) {
            printed.add(i);
            i = 10;                             // changes only this iteration's variable
        }
        System.out.println("enhanced for, i = 10 inside: " + printed);

        printed.clear();
        for (int i = 0; i < 5; i++) {
            i += 5;                             // changes the loop counter itself
            printed.add(i);
        }
        System.out.println("classic for, i += 5 inside:  " + printed);
        // @end

        // @start region=stream
        int i = 1;
        List<Integer> squares = IntStream.range(0, 5)
                .map(n -> n * n)                // the lambda parameter must not be named i
                .boxed()
                .collect(Collectors.toList());
        System.out.println(squares + ", i is still " + i);
        // @end

        // @start region=pureCalls
        addToTotal(5);
        addToTotal(7);
        System.out.println("total via side effects: " + total);
        int sum = add(add(0, 5), 7);
        System.out.println("sum via return values:  " + sum);
        // @end
    }
}
