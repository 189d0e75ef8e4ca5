import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Java has no keyword arguments. A Map parameter stands in for **kw (open-ended extras),
 * and a builder with required named fields stands in for keyword-only parameters.
 */
public class KeywordArguments {

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

    // @start region=keywordOnly
    // Like def person(name, age, *, city, job): city and job must be given, by name.
    record Person(String name, int age, String city, String job) {

        static Builder builder(String name, int age) {
            return new Builder(name, age);
        }

        static final class Builder {
            private final String name;
            private final int age;
            private String city;
            private String job;

            private Builder(String name, int age) {
                this.name = name;
                this.age = age;
            }

            Builder city(String city) {
                this.city = city;
                return this;
            }

            Builder job(String job) {
                this.job = job;
                return this;
            }

            Person build() {
                // A missing keyword-only argument is an error, as in Python.
                if (city == null) {
                    throw new IllegalStateException("missing required named argument: city");
                }
                if (job == null) {
                    throw new IllegalStateException("missing required named argument: job");
                }
                return new Person(name, age, city, job);
            }
        }
    }
    // @end

    public static void main(String[] args) {
        // @start region=kwCalls
        person("Anna", 10);
        person("Bob", 35, Map.of("city", "Beijing"));

        Map<String, String> extra = new LinkedHashMap<>(); // like extra = {'city': ..., 'job': ...}
        extra.put("city", "Beijing");
        extra.put("job", "Engineer");
        person("Jack", 24, extra);                          // like person('Jack', 24, **extra)
        // @end

        // @start region=keywordOnlyCalls
        Person jack = Person.builder("Jack", 24).job("Engineer").city("Beijing").build(); // any order
        System.out.println(jack);
        try {
            Person.builder("Jack", 24).city("Beijing").build();
        } catch (IllegalStateException e) {
            System.out.println("error: " + e.getMessage());
        }
        // @end
    }
}
