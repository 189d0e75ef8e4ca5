import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Unmodifiable lists, read-only views, and a "tuple" that holds a mutable list. */
public class Immutability {
    // @start region=record
    record Team(String name, List<String> members) {}       // like ("A", ["x", "y"])

    record SafeTeam(String name, List<String> members) {
        SafeTeam {
            members = List.copyOf(members); // defensive, unmodifiable copy
        }
    }
    // @end

    public static void main(String[] args) {
        // @start region=unmodifiable
        List<Integer> tuple = List.of(20);                   // (20,)
        try {
            tuple.add(21);
        } catch (UnsupportedOperationException e) {
            System.out.println("List.of(20).add(21): UnsupportedOperationException");
        }
        List<Integer> backing = new ArrayList<>(List.of(1, 2));
        List<Integer> view = Collections.unmodifiableList(backing);
        List<Integer> copy = List.copyOf(backing);
        backing.add(3);
        // the view follows its list; the copy does not
        System.out.println("view: " + view + ", copy: " + copy);
        // @end

        // @start region=shallow
        List<String> members = new ArrayList<>(List.of("x", "y"));
        Team team = new Team("A", members);
        SafeTeam safe = new SafeTeam("A", members);
        team.members().add("z"); // the record is only shallowly immutable
        System.out.println(team);
        System.out.println(safe);
        try {
            safe.members().add("w");
        } catch (UnsupportedOperationException e) {
            System.out.println("SafeTeam members cannot change");
        }
        // @end
    }
}
