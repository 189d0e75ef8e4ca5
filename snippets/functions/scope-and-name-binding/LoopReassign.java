import java.util.ArrayList;
import java.util.List;

/** Assigning to a loop variable: harmless in a for-each, decisive in a classic for. */
public class LoopReassign {

    public static void main(String[] args) {
        // @start region=reassign
        List<Integer> printed = new ArrayList<>();
        for (int i : List.of(0, 1, 2, 3, 4)) {
            printed.add(i);
            i = 10;  // changes only this iteration's variable
        }
        System.out.println("enhanced for, i = 10 inside: " + printed);

        printed.clear();
        for (int i = 0; i < 5; i++) {
            i += 5;  // changes the loop counter itself
            printed.add(i);
        }
        System.out.println("classic for, i += 5 inside:  " + printed);
        // @end
    }
}
