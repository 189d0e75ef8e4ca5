import java.util.List;

/** Java's operator families next to Python's. */
public class Operators {
    public static void main(String[] args) {
        // @start region=arithmetic
        System.out.println("7 / 2 = " + 7 / 2 + ",  7.0 / 2 = " + 7.0 / 2);
        // Python: 7.0 // 2
        System.out.println("floor of 7.0 / 2 = " + Math.floor(7.0 / 2));
        System.out.println("-7 / 2 = " + -7 / 2
                + ",  Math.floorDiv(-7, 2) = " + Math.floorDiv(-7, 2));
        System.out.println("-7 % 2 = " + -7 % 2
                + ",  Math.floorMod(-7, 2) = " + Math.floorMod(-7, 2));
        // Python: 2 ** 10
        System.out.println("Math.pow(2, 10) = " + Math.pow(2, 10));
        // @end

        // @start region=assignment
        int n = 10;
        n += 5;
        n *= 2;
        n %= 7;
        System.out.println("n after += 5, *= 2, %= 7: " + n);
        byte small = 120;
        small += 10;              // compound assignment casts back to byte silently
        System.out.println("byte 120 += 10 -> " + small);
        // @end

        // @start region=bitwise
        int a = 0b0011_1100, b = 0b0000_1101;   // 60 and 13
        System.out.println("a & b = " + (a & b) + ", a | b = " + (a | b)
                + ", a ^ b = " + (a ^ b));
        System.out.println("~a = " + ~a + ", a << 2 = " + (a << 2)
                + ", a >> 2 = " + (a >> 2));
        System.out.println("-16 >> 2 = " + (-16 >> 2)
                + ", -16 >>> 28 = " + (-16 >>> 28));
        // @end

        // @start region=membership
        List<String> langs = List.of("python", "java");
        System.out.println("\"java\" in langs: " + langs.contains("java")
                + ", \"c\" not in langs: " + !langs.contains("c"));
        System.out.println("\"yth\" in \"python\": " + "python".contains("yth"));
        // @end

        // @start region=identity
        String s1 = "hello";
        String s2 = new String("hello");   // a distinct object with the same characters
        System.out.println("s1 == s2: " + (s1 == s2)
                + ", s1.equals(s2): " + s1.equals(s2));
        String s3 = s1;                    // a second name for the same object
        System.out.println("s3 = s1; s1 == s3: " + (s1 == s3));   // Python: s1 is s3
        // @end
    }
}
