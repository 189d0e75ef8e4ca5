/** A labeled break leaves several nested loops at once. */
public class LabeledBreak {

    public static void main(String[] args) {
        // @start region=labeled
        int[][] grid = {{1, 2}, {3, 4}, {5, 6}};
        outer:
        for (int[] row : grid) {
            for (int cell : row) {
                System.out.println("visiting " + cell);
                if (cell == 4) {
                    System.out.println("4 found, leaving both loops");
                    // Python needs a flag or a function + return
                    break outer;
                }
            }
        }
        // @end
    }
}
