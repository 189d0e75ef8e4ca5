/** A record has exactly the components it declares, like a class with __slots__. */
public class RecordShape {

    // @start region=fixed
    // exactly two components, fixed when compiled
    record Student(String name, int age) { }
    // @end

    public static void main(String[] args) {
        // @start region=calls
        Student fixed = new Student("John", 25);
        int components = fixed.getClass().getRecordComponents().length;
        System.out.println(fixed + ", components: " + components);
        // fixed.score = 99;   // does not compile: cannot find symbol score
        // @end
    }
}
