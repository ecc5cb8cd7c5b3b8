package com.rhosocial.activerecord;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public class, interface, enum and record of this module's main sources, nested ones included, says in a
 * Javadoc comment what it is for (the developers' guide asks for it; reviewers check it). Read from the sources,
 * because the compiled classes keep no comments.
 */
class PublicTypesHaveJavadocTest {

    private static final Pattern DECLARATION = Pattern.compile("(?m)^[ \\t]*((?:(?:public|protected|private|static"
            + "|final|abstract|sealed|non-sealed|strictfp)\\s+)*)(class|interface|enum|record|@interface)\\s+(\\w+)");
    private static final Pattern ANNOTATION_NAME = Pattern.compile("@[\\w.]+\\s*");

    @Test
    void everyPublicTypeOfTheMainSourcesHasAJavadocComment() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (f.getFileName().toString().equals("package-info.java")) {
                    continue;
                }
                missing.addAll(undocumented(f, Files.readString(f)));
            }
        }
        assertThat(missing).as("public types without a Javadoc comment").isEmpty();
    }

    @Test
    void theCheckSeesATypeWithoutJavadocBehindAnnotationsAndAPlainComment() {
        String source = """
                package a;
                /* a plain comment is not Javadoc */
                @SuppressWarnings({"x",
                        "y"})
                public final class A {
                    /** Documented, behind an annotation with arguments. */
                    @Deprecated(since = "1")
                    public static class B {
                    }
                    public enum C { X }
                    enum PackagePrivate { Y }
                }
                """;
        assertThat(undocumented(Path.of("A.java"), source)).containsExactly("A.java:5 class A", "A.java:10 enum C");
    }

    static List<String> undocumented(Path file, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = DECLARATION.matcher(text);
        while (m.find()) {
            if (!m.group(1).contains("public")) {
                continue;
            }
            if (!javadocBefore(text, backOverAnnotations(text, m.start(1)))) {
                int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                out.add(file + ":" + line + " " + m.group(2) + " " + m.group(3));
            }
        }
        return out;
    }

    /** The position before the annotations (with their arguments) that precede {@code pos}. */
    private static int backOverAnnotations(String text, int pos) {
        int p = skipBlanksBack(text, pos);
        while (true) {
            int start = annotationEndingAt(text, p);
            if (start < 0) {
                return p;
            }
            p = skipBlanksBack(text, start);
        }
    }

    /** Start of an annotation that ends right at {@code end}, or -1. */
    private static int annotationEndingAt(String text, int end) {
        int at = text.lastIndexOf('@', end - 1);
        while (at >= 0) {
            Matcher name = ANNOTATION_NAME.matcher(text).region(at, end);
            if (name.lookingAt()) {
                int after = name.end();
                if (after == end || skipBlanksBack(text, end) == skipBlanksBack(text, after)) {
                    return at;
                }
                if (text.charAt(after) == '(' && closingParen(text, after) == end - 1) {
                    return at;
                }
            }
            at = text.lastIndexOf('@', at - 1);
        }
        return -1;
    }

    private static int closingParen(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                i = text.indexOf('"', i + 1);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int skipBlanksBack(String text, int pos) {
        int p = pos;
        while (p > 0 && Character.isWhitespace(text.charAt(p - 1))) {
            p--;
        }
        return p;
    }

    private static boolean javadocBefore(String text, int pos) {
        if (!text.startsWith("*/", pos - 2)) {
            return false;
        }
        int open = text.lastIndexOf("/*", pos - 3);
        return open >= 0 && text.startsWith("/**", open);
    }
}
