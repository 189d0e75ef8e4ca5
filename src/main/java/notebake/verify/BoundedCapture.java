package notebake.verify;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Drains one output stream of a process on its own thread, keeping at most {@code cap} bytes. Past the cap
 * it marks the output truncated, calls {@code onOverflow} once, and keeps draining so the process never
 * blocks on a full pipe. Not reusable.
 */
final class BoundedCapture implements Runnable {

    private final InputStream in;
    private final int cap;
    private final Runnable onOverflow;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private volatile boolean truncated;
    private final Thread thread;

    BoundedCapture(InputStream in, int cap, Runnable onOverflow, String name) {
        this.in = in;
        this.cap = cap;
        this.onOverflow = onOverflow;
        this.thread = new Thread(this, name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    @Override
    public void run() {
        byte[] buf = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(buf)) >= 0) {
                synchronized (kept) {
                    int room = cap - kept.size();
                    if (n > room) {
                        kept.write(buf, 0, Math.max(room, 0));
                        if (!truncated) {
                            truncated = true;
                            onOverflow.run();
                        }
                    } else {
                        kept.write(buf, 0, n);
                    }
                }
            }
        } catch (IOException e) {
            // the stream was closed under us: keep what we have
        }
    }

    /** Waits up to {@code millis} for the stream to end; false if it did not. */
    boolean await(long millis) throws InterruptedException {
        thread.join(Math.max(1, millis));
        return !thread.isAlive();
    }

    void abandon() {
        try {
            in.close();
        } catch (IOException e) {
            // nothing to do
        }
    }

    boolean truncated() {
        return truncated;
    }

    /** The kept bytes as UTF-8; a character cut by the cap is dropped rather than garbled. */
    String text() {
        byte[] b;
        synchronized (kept) {
            b = kept.toByteArray();
        }
        int end = b.length;
        if (truncated) {
            int back = end - 1;
            while (back >= 0 && back >= end - 4 && (b[back] & 0xC0) == 0x80) {
                back--;
            }
            if (back >= 0 && (b[back] & 0x80) != 0) {
                int lead = b[back] & 0xFF;
                int need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
                if (end - back < need) {
                    end = back;
                }
            }
        }
        return new String(b, 0, end, StandardCharsets.UTF_8);
    }
}
