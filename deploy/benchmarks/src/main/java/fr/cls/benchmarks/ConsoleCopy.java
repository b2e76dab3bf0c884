package fr.cls.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The console as it is, and a copy of what was printed since the last {@link #clear}. */
final class ConsoleCopy extends OutputStream {

    private final PrintStream console;
    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();

    ConsoleCopy(PrintStream console) {
        this.console = console;
    }

    @Override
    public synchronized void write(int b) {
        console.write(b);
        copy.write(b);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        console.write(b, off, len);
        copy.write(b, off, len);
    }

    @Override
    public void flush() {
        console.flush();
    }

    synchronized void clear() {
        copy.reset();
    }

    synchronized String text() {
        return copy.toString(StandardCharsets.UTF_8);
    }
}
