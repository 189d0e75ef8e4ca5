import java.util.NoSuchElementException;

/**
 * Java has no yield, so a generator that receives values through send() becomes an explicit
 * state machine: the fields hold what the suspended generator would remember.
 */
public class JumpingRange {

    // @start region=jumping
    // def jumping_range(N):
    //     index = 0
    //     while index < N:
    //         jump = yield index
    //         if jump is None: jump = 1
    //         index += jump
    static final class Jumping {
        private final int n;
        private int index = 0;
        private boolean started = false;

        Jumping(int n) {
            this.n = n;
        }

        int next() {                 // next(itr) is send(None): jump defaults to 1
            return resume(1);
        }

        int send(int jump) {
            return resume(jump);
        }

        private int resume(int jump) {
            if (started) {
                index += jump;       // the code after "jump = yield index"
            }
            started = true;
            if (index >= n) {
                throw new NoSuchElementException("generator finished");
            }
            return index;            // "yield index"
        }
    }
    // @end

    // @start region=detection
    // def get_detection_result(): the fields are the generator's local variables, and
    // send() runs the loop body from where it was suspended up to the next yield.
    static final class Detection {
        private int tmpi = 0;
        private boolean ret = true;
        private boolean suspendedAtValueYield = false;   // suspended at "m = yield tmpi"?

        Object send(Object value) {
            if (suspendedAtValueYield) {
                suspendedAtValueYield = false;
                System.out.println(value);               // print(m)
            }
            while (ret) {
                if (tmpi % 4 == 0) {
                    tmpi++;
                    return null;                         // bare yield: "continue"
                } else if (tmpi % 4 == 1) {
                    tmpi++;
                    ret = false;
                    return null;                         // bare yield; the loop ends on resume: "break"
                } else if (tmpi % 4 == 2) {
                    tmpi++;
                    suspendedAtValueYield = true;
                    return tmpi;                         // m = yield tmpi
                } else {
                    System.out.println("xxxxxxx");       // never reached here; would loop forever
                }
            }
            throw new NoSuchElementException("generator finished"); // StopIteration
        }
    }
    // @end

    public static void main(String[] args) {
        // @start region=calls
        Jumping itr = new Jumping(5);
        System.out.println(itr.next());
        System.out.println(itr.send(2));
        System.out.println(itr.next());
        System.out.println(itr.send(-1));
        // @end

        // @start region=detectionCalls
        Detection f = new Detection();
        System.out.println(f.send(null));     // next(f)
        System.out.println(f.send(101));
        try {
            System.out.println(f.send(102));
        } catch (NoSuchElementException e) {
            System.out.println("finished: " + e.getMessage());
        }
        // @end
    }
}
