import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** The check-then-get race in the note's StatusableQueue sketch, step by step. */
public class CheckThenGet {
    public static void main(String[] args) throws InterruptedException {
        // @start region=race
        // The note's consumer loop:
        //     while not (producers == 0 and size == 0): food = q.get()
        // Replay, step by step, one interleaving of two consumers A and B when one
        // item is left:
        BlockingQueue<String> last = new LinkedBlockingQueue<>(List.of("last item"));
        // A checks: size 1, keep going
        boolean aContinues = !last.isEmpty();
        // B checks before A has taken it
        boolean bContinues = !last.isEmpty();
        System.out.println("A continues: " + aContinues
                + ", B continues: " + bContinues);
        System.out.println("A gets: " + last.take());
        // B's get() would block forever
        String b = last.poll(200, TimeUnit.MILLISECONDS);
        System.out.println("B gets after 200 ms: " + b);
        // @end
    }
}
