/** Keyword-only parameters in Java: a builder whose required values are set by name. */
public class KeywordOnlyBuilder {

    // @start region=builder
    // Like def person(name, age, *, city, job): city and job are required,
    // and only by name.
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
                    throw new IllegalStateException(
                            "missing required named argument: city");
                }
                if (job == null) {
                    throw new IllegalStateException(
                            "missing required named argument: job");
                }
                return new Person(name, age, city, job);
            }
        }
    }
    // @end

    public static void main(String[] args) {
        // @start region=calls
        // any order
        Person jack = Person.builder("Jack", 24)
                .job("Engineer")
                .city("Beijing")
                .build();
        System.out.println(jack);
        try {
            Person.builder("Jack", 24).city("Beijing").build();
        } catch (IllegalStateException e) {
            System.out.println("error: " + e.getMessage());
        }
        // @end
    }
}
