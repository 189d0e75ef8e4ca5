/** A class with private state, accessors, and a setter that validates its argument. */
public class StudentScore {

    // @start region=student
    static final class Student {
        // private: only code inside this class's source may touch it
        private final String name;
        private int score;

        // like __init__(self, name, score)
        Student(String name, int score) {
            this.name = name;
            setScore(score);  // validate from the start, too
        }

        void printScore() {  // "self" is implicit: it is called this
            System.out.println(name + ": " + score);
        }

        // getter only: name is read-only from outside
        String getName() {
            return name;
        }

        int getScore() {
            return score;
        }

        void setScore(int value) {  // the checks of @score.setter
            if (value < 0 || value > 100) {
                throw new IllegalArgumentException(
                        "score must be between 0 ~ 100, got " + value);
            }
            this.score = value;
        }
    }
    // @end

    public static void main(String[] args) {
        // @start region=calls
        Student bart = new Student("Bart Simpson", 59);
        // each instance has its own data
        Student lisa = new Student("Lisa Simpson", 87);
        bart.printScore();
        lisa.printScore();

        bart.setScore(60);
        System.out.println(bart.getName() + " now has " + bart.getScore());
        try {
            bart.setScore(999);
        } catch (IllegalArgumentException e) {
            System.out.println("rejected: " + e.getMessage());
        }
        System.out.println(bart.getName() + " still has " + bart.getScore());
        // @end
    }
}
