import java.util.ArrayList;
import java.util.List;

/**
 * Java passes references by value: a method can change the object, never the caller's
 * variable.
 */
public class PassByValue {
    // @start region=methods
    static void mutate(List<String> items) {
        items.add("added");               // changes the object the caller also sees
    }

    static void reassign(List<String> items) {
        items = new ArrayList<>();        // rebinds only the parameter
        items.add("lost");
    }

    static void increment(int n) {
        n++;                              // a primitive is copied
    }
    // @end

    public static void main(String[] args) {
        // @start region=calls
        List<String> list = new ArrayList<>(List.of("a"));
        mutate(list);
        System.out.println("after mutate:   " + list);
        reassign(list);
        System.out.println("after reassign: " + list);
        int n = 1;
        increment(n);
        System.out.println("after increment: " + n);
        // @end

        // @start region=copies
        List<List<String>> nested =
                new ArrayList<>(List.of(new ArrayList<>(List.of("x"))));
        List<List<String>> shallow = new ArrayList<>(nested);  // copy.copy
        List<List<String>> deep = new ArrayList<>();           // copy.deepcopy, by hand
        for (List<String> inner : nested) {
            deep.add(new ArrayList<>(inner));
        }
        nested.get(0).add("y");
        System.out.println("original " + nested + ", shallow copy " + shallow
                + ", deep copy " + deep);
        // @end
    }
}
