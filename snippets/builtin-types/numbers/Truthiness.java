import java.util.List;

/** Java has no truthiness: conditions must be boolean, and boolean is not a number. */
public class Truthiness {
    public static void main(String[] args) {
        List<Object> empty = List.of();
        List<Object> holdsEmpty = List.of(List.of());   // Python: [[]]

        // if (empty) { ... }  would not compile: a List is not a boolean
        System.out.println("[]   is empty: " + empty.isEmpty());
        System.out.println("[[]] is empty: " + holdsEmpty.isEmpty());

        // int(True) == 1 in Python; Java needs an explicit conversion
        boolean flag = true;
        int asInt = flag ? 1 : 0;
        System.out.println("true as int: " + asInt);
        int[] tens = {0, 10, 20};
        System.out.println("tens[flag ? 1 : 0] = " + tens[flag ? 1 : 0]);

        String s = "";
        System.out.println("\"\" is empty: " + s.isEmpty()
                + ", \" \" is blank: " + " ".isBlank());
        Integer missing = null;
        System.out.println("null check: " + (missing != null));
    }
}
