package com.rhosocial.activerecord.reliability;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.slf4j.LoggerFactory;

/**
 * Shared fixture: captures everything a test run may print. SLF4J/logback events of every logger (our packages,
 * HikariCP and the drivers turned up to TRACE while capturing), {@code java.util.logging} records (PgJDBC logs there)
 * at FINEST, and {@code System.out}/{@code System.err}. {@link #text()} gives all of it as one string to search.
 */
final class LogCapture implements AutoCloseable {

    private static final String[] VERBOSE = {"com.rhosocial", "com.zaxxer.hikari", "org.mariadb", "org.postgresql"};

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Map<String, Level> levels = new HashMap<>();
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private final List<String> jul = new ArrayList<>();
    private final Handler julHandler = new Handler() {
        @Override
        public synchronized void publish(LogRecord r) {
            jul.add(r.getLoggerName() + " " + new java.util.logging.SimpleFormatter().formatMessage(r)
                    + (r.getThrown() == null ? "" : " " + r.getThrown()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final java.util.logging.Level julLevel;

    LogCapture() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        appender.setContext(root.getLoggerContext());
        appender.start();
        root.addAppender(appender);
        for (String name : VERBOSE) {
            Logger l = (Logger) LoggerFactory.getLogger(name);
            levels.put(name, l.getLevel());
            l.setLevel(Level.TRACE);
        }
        java.util.logging.Logger pg = java.util.logging.Logger.getLogger("org.postgresql");
        julLevel = pg.getLevel();
        pg.setLevel(java.util.logging.Level.FINEST);
        pg.addHandler(julHandler);
        julHandler.setLevel(java.util.logging.Level.ALL);
        System.setOut(new PrintStream(tee(out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(tee(err), true, StandardCharsets.UTF_8));
    }

    private OutputStream tee(PrintStream original) {
        return new OutputStream() {
            @Override
            public void write(int b) {
                synchronized (console) {
                    console.write(b);
                }
                original.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                synchronized (console) {
                    console.write(b, off, len);
                }
                original.write(b, off, len);
            }
        };
    }

    int events() {
        return appender.list.size() + jul.size();
    }

    /** Every captured line: formatted messages, arguments, throwables (with causes), JUL records, console output. */
    String text() {
        StringBuilder sb = new StringBuilder();
        for (ILoggingEvent e : List.copyOf(appender.list)) {
            sb.append(e.getLoggerName()).append(' ').append(e.getFormattedMessage()).append('\n');
            if (e.getArgumentArray() != null) {
                for (Object a : e.getArgumentArray()) {
                    sb.append("  arg ").append(a).append('\n');
                }
            }
            for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
                sb.append("  ").append(t.getClassName()).append(": ").append(t.getMessage()).append('\n');
            }
            sb.append("  mdc ").append(e.getMDCPropertyMap()).append('\n');
        }
        synchronized (jul) {
            jul.forEach(l -> sb.append(l).append('\n'));
        }
        synchronized (console) {
            sb.append(console.toString(StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    @Override
    public void close() {
        System.setOut(out);
        System.setErr(err);
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAppender(appender);
        levels.forEach((name, level) -> ((Logger) LoggerFactory.getLogger(name)).setLevel(level));
        java.util.logging.Logger pg = java.util.logging.Logger.getLogger("org.postgresql");
        pg.removeHandler(julHandler);
        pg.setLevel(julLevel);
    }
}
