package com.rhosocial.activerecord.reliability;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The figures of the last run (threads, transactions, faults injected, inputs tried), one {@code key=value} per line
 * in {@code target/reliability-figures.properties}, merged across test classes so that the file holds the whole run.
 * {@code docs/reliability.md} quotes them; {@link #main} prints them as a Markdown table.
 */
public final class Figures {

    private Figures() {
    }

    static boolean longRun() {
        return Boolean.getBoolean("reliability.long");
    }

    static Path file() {
        return Path.of(System.getProperty("reliability.figures", "target/reliability-figures.properties"));
    }

    /** Records one figure, replacing the value of the same key from an earlier run. */
    static synchronized void record(String key, Object value) {
        Properties p = read();
        p.setProperty(key, String.valueOf(value));
        p.setProperty("run.variant", longRun() ? "long" : "short");
        try {
            Files.createDirectories(file().toAbsolutePath().getParent());
            try (Writer w = Files.newBufferedWriter(file(), StandardCharsets.UTF_8)) {
                p.store(w, "reliability-tests figures (issue 8)");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + file(), e);
        }
    }

    private static Properties read() {
        Properties p = new Properties();
        if (Files.isRegularFile(file())) {
            try (Reader r = Files.newBufferedReader(file(), StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + file(), e);
            }
        }
        return p;
    }

    /** Prints the figures file as a Markdown table, for pasting into {@code docs/reliability.md}. */
    public static void main(String[] args) {
        Map<String, String> sorted = new TreeMap<>();
        read().forEach((k, v) -> sorted.put(k.toString(), v.toString()));
        System.out.println("| Figure | Value |\n|---|---|");
        sorted.forEach((k, v) -> System.out.println("| `" + k + "` | " + v + " |"));
    }
}
