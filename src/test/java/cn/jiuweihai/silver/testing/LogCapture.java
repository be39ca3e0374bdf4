package cn.jiuweihai.silver.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Collects what the application logs (message, parameters filled in, stack traces) while it is
 * open, so a test can check that no personal data or secret reaches the log.
 */
public final class LogCapture implements AutoCloseable {

    private final Logger root = Logger.getLogger("");
    private final List<String> lines = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String text = record.getLoggerName() + " " + render(record) + thrown(record);
            synchronized (lines) {
                lines.add(text);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private LogCapture() {
        handler.setLevel(Level.ALL);
        root.addHandler(handler);
    }

    /** Starts collecting every record that passes the configured log levels. */
    public static LogCapture open() {
        return new LogCapture();
    }

    /** Everything logged since {@link #open()}, one record a line. */
    public String text() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    @Override
    public void close() {
        root.removeHandler(handler);
    }

    private static String render(LogRecord record) {
        if (record instanceof ExtLogRecord ext) {
            return ext.getFormattedMessage();
        }
        String message = record.getMessage();
        Object[] parameters = record.getParameters();
        return parameters == null ? message : message + " " + Arrays.toString(parameters);
    }

    private static String thrown(LogRecord record) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
            out.append('\n').append(t);
            for (StackTraceElement frame : t.getStackTrace()) {
                out.append("\n\tat ").append(frame);
            }
        }
        return out.toString();
    }
}
