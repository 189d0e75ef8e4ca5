/** Strings never change; their hash code is specified and cached. */
public class StringHash {
    public static void main(String[] args) {
        String name = "python";
        String upper = name.toUpperCase();           // a new String; name is unchanged
        System.out.println(name + " " + upper);
        System.out.println("hashCode: " + name.hashCode() + " = " + manualHash(name));
    }

    /** The formula specified for String.hashCode: s[0]*31^(n-1) + ... + s[n-1]. */
    static int manualHash(String s) {
        int h = 0;
        for (char c : s.toCharArray()) {
            h = 31 * h + c;
        }
        return h;
    }
}
