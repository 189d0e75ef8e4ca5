import java.io.BufferedReader;
import java.io.IOException;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;

/** The note's writer/reader pair: a reader that loops forever never ends on its own. */
public class WriterReader {
    public static void main(String[] args) throws Exception {
        // @start region=queue
        BlockingQueue<String> q = new LinkedBlockingQueue<>();
        CountDownLatch fiveRead = new CountDownLatch(5);

        Thread writer = new Thread(() -> {
            for (String s : List.of("A", "B", "C", "D", "E")) {
                // unbounded: never blocks
                q.add(s);
            }
        }, "writer");
        Thread reader = new Thread(() -> {
            try {
                // while True: v = q.get(True)
                while (true) {
                    System.out.println("get " + q.take() + " from queue");
                    fiveRead.countDown();
                }
            } catch (InterruptedException e) {
                System.out.println(
                        "reader: interrupted while waiting in take(), stopping");
            }
        }, "reader");

        writer.start();
        reader.start();
        writer.join();
        fiveRead.await();
        // pr.join() would wait forever
        reader.join(100);
        System.out.println("reader still alive after join(100 ms): "
                + reader.isAlive());
        // ask it to stop (cf. terminate())
        reader.interrupt();
        reader.join();
        System.out.println("reader alive now: " + reader.isAlive());
        // @end

        // @start region=pipe
        PipedWriter pipeIn = new PipedWriter();
        PipedReader pipeOut = new PipedReader(pipeIn);
        Thread sender = new Thread(() -> {
            // closing the pipe = end of data
            try (PrintWriter out = new PrintWriter(pipeIn)) {
                for (String s : List.of("A", "B", "C")) out.println(s);
            }
        }, "sender");
        sender.start();
        try (BufferedReader in = new BufferedReader(pipeOut)) {
            String line;
            // null: the writer closed the pipe
            while ((line = in.readLine()) != null) {
                System.out.println("pipe: " + line);
            }
        } catch (IOException e) {
            System.out.println("pipe failed: " + e);
        }
        sender.join();
        System.out.println("pipe reader saw end of stream");
        // @end
    }
}
