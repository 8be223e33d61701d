package dev.krait.runtime.os;

import java.io.IOException;
import java.io.InputStream;

/**
 * What a child process writes to a pipe: a thread reads it as it comes (so the child never blocks on a full pipe)
 * and Python takes it from here. Waiting here is a plain {@link Object#wait}, which a Truffle safepoint can
 * interrupt: a signal handler runs while {@code p.stdout.read()} or {@code communicate()} waits.
 */
final class ChildOutput implements Runnable {
    private final InputStream in;
    private final String name;
    private byte[] data = new byte[0];
    private int start;
    private int end;
    private boolean eof;
    private Thread reader;

    ChildOutput(InputStream in, String name) {
        this.in = in;
        this.name = name;
    }

    private synchronized void startReading() {
        if (reader == null) {
            reader = new Thread(this, name);
            reader.setDaemon(true);
            reader.start();
        }
    }

    @Override
    public void run() {
        byte[] chunk = new byte[8192];
        try {
            int n;
            while ((n = in.read(chunk)) >= 0) {
                append(chunk, n);
            }
        } catch (IOException e) {
            // the pipe was closed on our side (close(), or the process table released): nothing more to read
        } finally {
            synchronized (this) {
                eof = true;
                notifyAll();
            }
        }
    }

    private synchronized void append(byte[] chunk, int n) {
        if (end + n > data.length) {
            int live = end - start;
            byte[] grown = new byte[Math.max(live + n, 2 * live + 8192)];
            System.arraycopy(data, start, grown, 0, live);
            data = grown;
            start = 0;
            end = live;
        }
        System.arraycopy(chunk, 0, data, end, n);
        end += n;
        notifyAll();
    }

    /** Up to {@code max} bytes, waiting for at least one unless the stream has ended (then an empty array). */
    synchronized byte[] takeSome(int max) throws InterruptedException {
        startReading();
        while (start == end && !eof) {
            wait();
        }
        int n = Math.min(max, end - start);
        byte[] result = java.util.Arrays.copyOfRange(data, start, start + n);
        start += n;
        return result;
    }

    /** Everything up to the end of the stream. */
    synchronized byte[] takeAll() throws InterruptedException {
        awaitEnd(Long.MAX_VALUE);
        return takeAvailable();
    }

    /** Whatever has arrived so far. */
    synchronized byte[] takeAvailable() {
        byte[] result = java.util.Arrays.copyOfRange(data, start, end);
        start = end;
        return result;
    }

    /** Waits until the stream ends or the deadline ({@link System#nanoTime}; Long.MAX_VALUE: none) passes; whether it ended. */
    synchronized boolean awaitEnd(long deadline) throws InterruptedException {
        startReading();
        while (!eof) {
            if (deadline == Long.MAX_VALUE) {
                wait();
            } else {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                wait(Math.max(1, left / 1_000_000));
            }
        }
        return eof;
    }

    void close() {
        try {
            in.close();
        } catch (IOException e) {
            // already closed
        }
    }

    /** A pump for output nobody takes from Python: everything read is copied to {@code out} as it comes. */
    static Thread copy(InputStream from, java.io.OutputStream to, String name, boolean closeTarget) {
        Thread thread = new Thread(() -> {
            byte[] chunk = new byte[8192];
            try {
                int n;
                while ((n = from.read(chunk)) >= 0) {
                    to.write(chunk, 0, n);
                    to.flush();
                }
            } catch (IOException e) {
                // the reader or the writer went away
            } finally {
                if (closeTarget) {
                    try {
                        to.close();
                    } catch (IOException e) {
                        // nothing to do
                    }
                }
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
