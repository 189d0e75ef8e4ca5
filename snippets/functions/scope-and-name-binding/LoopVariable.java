/** A Java loop variable ends with the loop; to keep a value, declare one before it. */
public class LoopVariable {

    public static void main(String[] args) {
        // @start region=leak
        int b = 1;  // to keep a value after a loop,
        for (int v = 0; v < 5; v++) {  // declare it before the loop
            b = v;
        }
        System.out.println(b + " -> b after the loop");
        // @end
    }
}
