import java.util.NoSuchElementException;

/** A generator with bare yields as a state machine whose send() resumes the loop. */
public class DetectionResult {

    // @start region=detection
    // def get_detection_result(): the fields are the generator's locals,
    // and send() runs the loop from where it was suspended to the next yield.
    static final class Detection {
        private int tmpi = 0;
        private boolean ret = true;
        // suspended at "m = yield tmpi"?
        private boolean suspendedAtValueYield = false;

        Object send(Object value) {
            if (suspendedAtValueYield) {
                suspendedAtValueYield = false;
                System.out.println(value);  // print(m)
            }
            while (ret) {
                if (tmpi % 4 == 0) {
                    tmpi++;
                    return null;  // bare yield: "continue"
                } else if (tmpi % 4 == 1) {
                    tmpi++;
                    ret = false;
                    // bare yield; the loop ends on resume: "break"
                    return null;
                } else if (tmpi % 4 == 2) {
                    tmpi++;
                    suspendedAtValueYield = true;
                    return tmpi;  // m = yield tmpi
                } else {
                    // never reached here; would loop forever
                    System.out.println("xxxxxxx");
                }
            }
            // StopIteration
            throw new NoSuchElementException("generator finished");
        }
    }
    // @end

    public static void main(String[] args) {
        // @start region=calls
        Detection f = new Detection();
        System.out.println(f.send(null));  // next(f)
        System.out.println(f.send(101));
        try {
            System.out.println(f.send(102));
        } catch (NoSuchElementException e) {
            System.out.println("finished: " + e.getMessage());
        }
        // @end
    }
}
