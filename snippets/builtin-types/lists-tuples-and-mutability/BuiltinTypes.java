import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Python's standard types and the Java types that play their roles. */
public class BuiltinTypes {
    record Complex(double re, double im) {                 // no complex type in the JDK
        Complex times(Complex o) {
            return new Complex(re * o.re - im * o.im, re * o.im + im * o.re);
        }
    }

    record Pair(String name, int age) {}   // a tuple with named, typed fields

    public static void main(String[] args) {
        // @start region=numbers
        Object none = null;                                // None
        boolean flag = true;                               // bool
        int i = Integer.parseInt("42");                    // int(x)
        double f = Double.parseDouble("3.5");              // float(x)
        double fromInt = i;                                // int -> double: implicit
        Complex z = new Complex(1, 2);                     // complex(1, 2)
        System.out.println(none + " " + flag + " " + i + " " + f + " " + fromInt
                + " " + z.times(z));
        // @end

        // @start region=sequences
        String var = "Runoob";
        System.out.println(var.substring(1, 5));           // var[1:5]: indexes 1 to 4
        // [1, 2, 3]: ordered and mutable
        List<Integer> list = new ArrayList<>(List.of(1, 2, 3));
        list.add(4);
        Pair tuple = new Pair("Ann", 30);                  // ("Ann", 30)
        System.out.println(list + " " + tuple + " " + tuple.name());
        // @end

        // @start region=sets
        Set<Character> set = new HashSet<>();              // set(); {} is an empty dict
        for (char c : "hello".toCharArray()) {
            set.add(c);                                    // duplicates are ignored
        }
        System.out.println("letters of hello: " + set.size());
        Map<String, Integer> dict = new HashMap<>();       // {} or dict()
        dict.put("a", 1);
        System.out.println(dict + " " + dict.get("a"));
        // @end
    }
}
