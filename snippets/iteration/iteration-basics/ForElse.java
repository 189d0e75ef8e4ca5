import java.util.List;

/** Java has no for-else: a flag set before break tells a normal finish from a break. */
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
        if (!found) {  // the "else" block: the loop ended without break
            System.out.println(target + ": not found");
        } else {
            System.out.println(target + ": found");
        }
    }
    // @end

    public static void main(String[] args) {
        // @start region=calls
        List<Integer> numbers = List.of(3, 8, 15);
        search(numbers, 8);
        search(numbers, 4);
        // @end
    }
}
