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
                q.add(s);                                   // unbounded: never blocks
            }
        }, "writer");
        Thread reader = new Thread(() -> {
            try {
                while (true) {                              // while True: v = q.get(True)
                    System.out.println("get " + q.take() + " from queue");
                    fiveRead.countDown();
                }
            } catch (InterruptedException e) {
                System.out.println("reader: interrupted while waiting in take(), stopping");
            }
        }, "reader");

        writer.start();
        reader.start();
        writer.join();
        fiveRead.await();
        reader.join(100);                                   // pr.join() would wait forever
        System.out.println("reader still alive after join(100 ms): " + reader.isAlive());
        reader.interrupt();                                 // ask it to stop (cf. terminate())
        reader.join();
        System.out.println("reader alive now: " + reader.isAlive());
        // @end

        // @start region=pipe
        PipedWriter pipeIn = new PipedWriter();
        PipedReader pipeOut = new PipedReader(pipeIn);
        Thread sender = new Thread(() -> {
            try (PrintWriter out = new PrintWriter(pipeIn)) {   // closing the pipe = end of data
                for (String s : List.of("A", "B", "C")) out.println(s);
            }
        }, "sender");
        sender.start();
        try (BufferedReader in = new BufferedReader(pipeOut)) {
            String line;
            while ((line = in.readLine()) != null) {        // null: the writer closed the pipe
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
