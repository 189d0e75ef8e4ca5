import java.math.BigInteger;

/** Fixed-width overflow versus arbitrary-precision integers. */
public class BigNumbers {
    public static void main(String[] args) {
        // @start region=overflow
        int max = Integer.MAX_VALUE;
        System.out.println("Integer.MAX_VALUE     = " + max);
        System.out.println("Integer.MAX_VALUE + 1 = " + (max + 1));   // wraps silently
        System.out.println("as long               = " + ((long) max + 1));
        try {
            Math.addExact(max, 1);
        } catch (ArithmeticException e) {
            System.out.println("Math.addExact: ArithmeticException: " + e.getMessage());
        }
        // @end

        // @start region=big
        BigInteger huge = BigInteger.ONE.shiftLeft(3000);           // Python: 1 << 3000
        String digits = huge.toString();
        System.out.println("1 << 3000 has " + huge.bitLength() + " bits and "
                + digits.length() + " decimal digits");
        System.out.println("starts " + digits.substring(0, 12) + ", ends "
                + digits.substring(digits.length() - 12));
        System.out.println("(1 << 3000) + 1 is odd: "
                + huge.add(BigInteger.ONE).testBit(0));
        // @end
    }
}
