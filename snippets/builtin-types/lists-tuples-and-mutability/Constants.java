/** namedtuple used for constants, and the usual Java spellings. */
public class Constants {
    // @start region=constants
    /** A record instance plays the namedtuple role: named, read-only fields. */
    record Score(int maxScore, int minScore) {}

    static final Score SCORE = new Score(100, 0);

    /** The most common Java form: static final fields in a holder class. */
    static final class Limits {
        static final int MAX_SCORE = 100;
        static final int MIN_SCORE = 0;

        private Limits() {}
    }

    /** When the constants form a closed set of named values, an enum fits best. */
    enum Grade {
        PASS(60), GOOD(80), TOP(100);

        final int minimum;

        Grade(int minimum) {
            this.minimum = minimum;
        }
    }
    // @end

    public static void main(String[] args) {
        System.out.println(SCORE + " max=" + SCORE.maxScore());
        System.out.println("Limits.MAX_SCORE = " + Limits.MAX_SCORE);
        for (Grade g : Grade.values()) {
            System.out.println(g + " from " + g.minimum);
        }
    }
}
