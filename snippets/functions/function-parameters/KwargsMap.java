import java.util.LinkedHashMap;
import java.util.Map;

/** Java has no **kw: a Map parameter carries open-ended named extras. */
public class KwargsMap {

    // @start region=kw
    // Like def person(name, age, **kw)
    static void person(String name, int age, Map<String, ?> kw) {
        System.out.println("name: " + name + " age: " + age + " other: " + kw);
    }

    // Like calling person(name, age) with no keyword arguments at all.
    static void person(String name, int age) {
        person(name, age, Map.of());
    }
    // @end

    public static void main(String[] args) {
        // @start region=calls
        person("Anna", 10);
        person("Bob", 35, Map.of("city", "Beijing"));

        // like extra = {'city': ..., 'job': ...}
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("city", "Beijing");
        extra.put("job", "Engineer");
        person("Jack", 24, extra);  // like person('Jack', 24, **extra)
        // @end
    }
}
