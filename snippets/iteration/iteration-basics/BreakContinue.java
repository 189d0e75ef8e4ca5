/** continue skips the rest of one iteration; break leaves the loop. */
public class BreakContinue {

    public static void main(String[] args) {
        // @start region=breakContinue
        for (int i = 0; i < 10; i++) {
            if (i % 2 == 0) {
                continue;  // skip the rest of this iteration
            }
            if (i > 7) {
                break;  // leave the loop
            }
            System.out.println("odd " + i);
        }
        // @end
    }
}
