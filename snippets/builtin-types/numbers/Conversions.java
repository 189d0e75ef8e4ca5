import java.util.List;
import java.util.Map;
import java.util.Set;

/** Conversions between numbers, strings and characters; no eval for literals. */
public class Conversions {
    public static void main(String[] args) {
        // @start region=ints
        System.out.println(String.valueOf(123) + " / " + Integer.parseInt("123"));
        System.out.println(Integer.toBinaryString(17) + " / "
                + Integer.parseInt("10001", 2));
        System.out.println(Integer.toOctalString(20) + " / "
                + Integer.parseInt("24", 8));
        System.out.println(Integer.toHexString(22) + " / " + Integer.parseInt("16", 16)
                + " / " + Integer.decode("0x16"));
        try {
            Integer.parseInt("0b10001", 2);   // Python's int('0b10001', 2) allows 0b
        } catch (NumberFormatException e) {
            System.out.println("NumberFormatException: " + e.getMessage());
        }
        // @end

        // @start region=floats
        System.out.println(Double.toString(0.9) + " / " + Double.parseDouble("0.9"));
        System.out.println((int) 3.99 + " / " + Math.round(3.99));   // cast truncates
        // @end

        // @start region=chars
        System.out.println((int) 'a' + " / " + (char) 97
                + " / " + Character.toString(0x4E2D));
        int zhong = "中".codePointAt(0);
        System.out.println(zhong + " = U+" + Integer.toHexString(zhong).toUpperCase());
        // @end

        // @start region=collections
        System.out.println(List.of(0, 1, 2));
        System.out.println(Map.of("a", 1));
        System.out.println(Set.of(3));
        // @end
    }
}
