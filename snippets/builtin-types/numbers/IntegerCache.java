/** Boxed Integer objects are cached for small values only. */
public class IntegerCache {
    public static void main(String[] args) {
        Integer a = 127, b = 127;          // autoboxing calls Integer.valueOf
        Integer c = 128, d = 128;
        System.out.println("127 same object: " + (a == b));
        System.out.println("128 same object: " + (c == d));
        System.out.println("128 equal value: " + c.equals(d));
    }
}
