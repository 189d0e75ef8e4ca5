import java.util.NoSuchElementException;

/**
 * Java has no yield, so a generator that receives values through send() becomes an
 * explicit state machine: the fields hold what the suspended generator would remember.
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

        int next() {  // next(itr) is send(None): jump defaults to 1
            return resume(1);
        }

        int send(int jump) {
            return resume(jump);
        }

        private int resume(int jump) {
            if (started) {
                index += jump;  // the code after "jump = yield index"
            }
            started = true;
            if (index >= n) {
                throw new NoSuchElementException("generator finished");
            }
            return index;  // "yield index"
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
    }
}
