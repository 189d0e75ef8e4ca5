import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** A String holds UTF-16 text; bytes appear only when you encode it with a charset. */
public class Encodings {
    public static void main(String[] args) {
        // @start region=bytes
        String s = "中国人";
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);    // s.encode("utf-8")
        byte[] gb = s.getBytes(Charset.forName("GB2312"));   // s.encode("gb2312")
        System.out.println("length: " + s.length());
        HexFormat hex = HexFormat.ofDelimiter(" ");
        System.out.println("UTF-8:  " + utf8.length + " bytes " + hex.formatHex(utf8));
        System.out.println("GB2312: " + gb.length + " bytes " + hex.formatHex(gb));
        // @end

        // @start region=decode
        System.out.println("decoded as UTF-8:   "
                + new String(utf8, StandardCharsets.UTF_8));
        System.out.println("decoded as GB2312:  "
                + new String(gb, Charset.forName("GB2312")));
        System.out.println("GB2312 read as UTF-8 (wrong): "
                + new String(gb, StandardCharsets.UTF_8));
        System.out.println("escaped: " + escape(s));
        // @end

        // @start region=codepoints
        String smile = "😀";
        System.out.println("length() = " + smile.length() + ", codePointCount = "
                + smile.codePointCount(0, smile.length())
                + ", UTF-8 bytes = " + smile.getBytes(StandardCharsets.UTF_8).length);
        // @end
    }

    /** Like Python's repr of a unicode string: \\uXXXX for every non-ASCII char. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char ch : s.toCharArray()) {
            out.append(ch < 128 ? String.valueOf(ch)
                    : String.format("\\u%04x", (int) ch));
        }
        return out.toString();
    }
}
