// notebake: timeout=10s
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Random;

public class SocketTaskQueue {

    static final int TASKS = 10;
    static final int NO_MORE_TASKS = -1;

    public static void main(String[] args) throws Exception {
        if (args.length == 1) {
            worker(Integer.parseInt(args[0]));
            return;
        }

        // @start region=master
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (ServerSocket server = new ServerSocket(0, 1, loopback)) {
            // port 0: the OS picks a free port;
            // the worker learns it from its arguments
            Process worker = new ProcessBuilder(
                    ProcessHandle.current().info().command().orElse("java"),
                    "-cp", System.getProperty("java.class.path"),
                    "SocketTaskQueue", String.valueOf(server.getLocalPort()))
                    .inheritIO()
                    .start();
            // never wait forever for the worker
            server.setSoTimeout(8_000);
            try (Socket conn = server.accept();
                 DataOutputStream tasks = new DataOutputStream(conn.getOutputStream());
                 DataInputStream results = new DataInputStream(conn.getInputStream())) {
                // seeded: the same tasks every run
                Random random = new Random(42);
                for (int i = 0; i < TASKS; i++) {
                    int n = random.nextInt(10_001);
                    System.out.println("Put task " + n + "...");
                    tasks.writeInt(n);
                }
                tasks.writeInt(NO_MORE_TASKS);
                tasks.flush();
                System.out.println("Try get results...");
                for (int i = 0; i < TASKS; i++) {
                    System.out.println("Result: " + results.readUTF());
                }
            } finally {
                System.out.println("worker exit code: " + worker.waitFor());
            }
        }
        System.out.println("master exit.");
        // @end
    }

    // @start region=worker
    static void worker(int port) throws Exception {
        try (Socket conn = new Socket(InetAddress.getLoopbackAddress(), port);
             DataInputStream tasks = new DataInputStream(conn.getInputStream());
             DataOutputStream results = new DataOutputStream(conn.getOutputStream())) {
            for (int n = tasks.readInt(); n != NO_MORE_TASKS; n = tasks.readInt()) {
                results.writeUTF(n + " * " + n + " = " + (long) n * n);
            }
        }
    }
    // @end
}
