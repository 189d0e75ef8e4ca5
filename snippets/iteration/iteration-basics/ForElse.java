import java.util.List;

/** break, continue, labeled break, and Java replacements for Python's for ... else. */
public class ForElse {

    // @start region=flag
    // Python:  for n in numbers:
    //              if n == target: print('found'); break
    //          else:
    //              print('not found')
    static void search(List<Integer> numbers, int target) {
        boolean found = false;
        for (int n : numbers) {
            if (n == target) {
                found = true;
                break;
            }
        }
        if (!found) {                        // the "else" block: the loop ended without break
            System.out.println(target + ": not found");
        } else {
            System.out.println(target + ": found");
        }
    }
    // @end

    public static void main(String[] args) {
        // @start region=breakContinue
        for (int i = 0; i < 10; i++) {
            if (i % 2 == 0) {
                continue;                    // skip the rest of this iteration
            }
            if (i > 7) {
                break;                       // leave the loop
            }
            System.out.println("odd " + i);
        }
        // @end

        // @start region=searchCalls
        List<Integer> numbers = List.of(3, 8, 15);
        search(numbers, 8);
        search(numbers, 4);
        // @end

        // @start region=labeled
        int[][] grid = {{1, 2}, {3, 4}, {5, 6}};
        outer:
        for (int[] row : grid) {
            for (int cell : row) {
                if (cell == 4) {
                    System.out.println("4 found, leaving both loops");
                    break outer;             // Python needs a flag or a function + return
                }
            }
        }
        // @end

        // @start region=anyMatch
        System.out.println("contains 15: " + numbers.stream().anyMatch(n -> n == 15));
        System.out.println("contains 4:  " + numbers.stream().anyMatch(n -> n == 4));
        // @end
    }
}
