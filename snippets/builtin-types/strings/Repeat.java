/** String.repeat is Python's s * n. */
public class Repeat {
    public static void main(String[] args) {
        int n = 2;
        String s = "Programming";
        System.out.println(s.repeat(n));
        System.out.println("[" + "-".repeat(0) + "]");   // 'x' * 0: the empty string
    }
}
