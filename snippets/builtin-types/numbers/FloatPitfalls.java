import java.math.BigDecimal;
import java.math.RoundingMode;

/** Integer division, binary floating point, rounding, and exact decimals. */
public class FloatPitfalls {
    public static void main(String[] args) {
        // @start region=division
        System.out.println("3 / 2     = " + 3 / 2);       // both int: integer division
        System.out.println("3 / 2.0   = " + 3 / 2.0);     // one double: double division
        System.out.println("-3 / 2    = " + -3 / 2);      // truncates toward zero
        // @end

        // @start region=compare
        double x = 3 * 0.1;
        System.out.println("3 * 0.1          = " + x);
        System.out.println("3 * 0.1 == 0.3   : " + (x == 0.3));
        System.out.println("|diff| < 1e-9    : " + (Math.abs(x - 0.3) < 1e-9));
        System.out.println("new BigDecimal(0.1) = " + new BigDecimal(0.1));
        // @end

        // @start region=rounding
        System.out.println("Math.round(2.5)  = " + Math.round(2.5));   // half up
        System.out.println("Math.round(-2.5) = " + Math.round(-2.5));  // half up too
        System.out.println("Math.rint(2.5)   = " + Math.rint(2.5));    // half even
        System.out.println("new BigDecimal(2.675) HALF_UP to 2 places = "
                + new BigDecimal(2.675).setScale(2, RoundingMode.HALF_UP));
        // @end

        // @start region=decimal
        BigDecimal tenth = new BigDecimal("0.1");       // from a String: exact
        BigDecimal sum = tenth.multiply(BigDecimal.valueOf(3));
        System.out.println("BigDecimal 3 * 0.1 = " + sum);
        System.out.println("equals 0.3?  "
                + (sum.compareTo(new BigDecimal("0.3")) == 0));
        System.out.println("2.675 HALF_UP   = "
                + new BigDecimal("2.675").setScale(2, RoundingMode.HALF_UP));
        System.out.println("2.665 HALF_EVEN = "
                + new BigDecimal("2.665").setScale(2, RoundingMode.HALF_EVEN));
        System.out.println("1 / 3 to 10 digits = "
                + BigDecimal.ONE.divide(BigDecimal.valueOf(3), 10,
                        RoundingMode.HALF_UP));
        // @end
    }
}
