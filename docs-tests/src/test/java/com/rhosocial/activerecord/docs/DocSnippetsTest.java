package com.rhosocial.activerecord.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every ```java block of {@code docs/**}{@code /*.md} whose first line is {@code // snippet: compile} is compiled with
 * {@code javax.tools.JavaCompiler} against this module's test classpath (the facade, the driver, the translator, the
 * H2 example backend, H2); a block whose first line is {@code // snippet: run} is compiled and run. One dynamic test
 * per snippet, named after the file and line, so a manual change that breaks a snippet fails the build.
 *
 * <p>How a block becomes a class (see {@code docs/backends/custom-backends.md}, "Snippets in this manual"):
 * <ul>
 *   <li>{@code import} lines at the top of the block are kept; a default set of imports is added (the project's
 *       public packages, {@code java.sql}, {@code java.util}, {@code java.time}, {@code java.math}, {@code Col.col}).</li>
 *   <li>A block that declares a type ({@code class}, {@code record}, {@code enum}, {@code interface} at the start of
 *       a line) is a compilation unit of its own; otherwise its lines are the body of a method
 *       {@code static void run() throws Exception}.</li>
 *   <li>{@code // given: Type name, Type name} lines declare what a fragment uses without creating it: they become
 *       the method's parameters (compile only).</li>
 * </ul>
 */
class DocSnippetsTest {

    private static final Pattern FENCE = Pattern.compile("(?m)^```java[^\\n]*\\n(.*?)^```", Pattern.DOTALL);
    private static final Pattern TYPE_DECL = Pattern.compile(
            "(?m)^(public\\s+|abstract\\s+|final\\s+)*(class|record|enum|interface)\\s+(\\w+)");
    private static final List<String> DEFAULT_IMPORTS = List.of(
            "com.rhosocial.activerecord.*", "com.rhosocial.activerecord.backend.*",
            "com.rhosocial.activerecord.backend.impl.mysql.*", "com.rhosocial.activerecord.backend.impl.mariadb.*",
            "com.rhosocial.activerecord.backend.impl.postgresql.*", "com.rhosocial.activerecord.backend.impl.oracle.*",
            "com.rhosocial.activerecord.backend.impl.sqlserver.*", "com.rhosocial.activerecord.backend.impl.sqlite.*",
            "com.rhosocial.activerecord.dialect.*", "com.rhosocial.activerecord.jdbc.*",
            "com.rhosocial.activerecord.query.*", "com.rhosocial.activerecord.validation.*",
            "com.rhosocial.activerecord.model.*", "com.rhosocial.activerecord.relation.*",
            "com.rhosocial.activerecord.transaction.*",
            "java.sql.*", "java.util.*", "java.time.*", "java.math.*", "java.nio.file.*");

    /** One marked block. */
    record Snippet(Path file, int line, String mode, String code) {
        String id() {
            return Manual.docs().relativize(file) + ":" + line;
        }
    }

    static List<Snippet> snippets() throws IOException {
        List<Snippet> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Manual.docs())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String text = Manual.read(f);
                Matcher m = FENCE.matcher(text);
                while (m.find()) {
                    String body = m.group(1);
                    String first = body.lines().findFirst().orElse("").trim();
                    if (first.startsWith("// snippet:")) {
                        String mode = first.substring("// snippet:".length()).trim();
                        int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                        out.add(new Snippet(f, line, mode, body));
                    }
                }
            }
        }
        return out;
    }

    @Test
    void theManualHasMarkedSnippets() throws IOException {
        // A guard against the marker convention silently matching nothing (a renamed marker, a moved docs/).
        assertThat(snippets()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(snippets()).extracting(Snippet::mode).allMatch(m -> m.equals("compile") || m.equals("run"));
    }

    @TestFactory
    Stream<DynamicTest> everyMarkedSnippetCompilesAndRunSnippetsRun() throws IOException {
        List<Snippet> all = snippets();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Snippet s = all.get(i);
            int n = i;
            tests.add(DynamicTest.dynamicTest(s.id() + " (" + s.mode() + ")", () -> check(s, n)));
        }
        return tests.stream();
    }

    private static void check(Snippet s, int n) throws Exception {
        String pkg = "snippet" + n;
        List<JavaFileObject> units = new ArrayList<>();
        String runnerClass = toSources(s, pkg, units);
        Path target = Files.createDirectories(Path.of("target").toAbsolutePath());
        Path out = Files.createTempDirectory(target, "snippet");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
        StringWriter log = new StringWriter();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diags, null, null)) {
            List<String> options = List.of("-classpath", classpath(), "-d", out.toString(), "-proc:none",
                    "-Xlint:none", "--release", "17");
            boolean ok = javac.getTask(log, fm, diags, options, null, units).call();
            StringBuilder msg = new StringBuilder();
            diags.getDiagnostics().forEach(d -> msg.append(d.getKind()).append(" at snippet line ")
                    .append(d.getLineNumber()).append(": ").append(d.getMessage(null)).append('\n'));
            assertThat(ok).as("%s does not compile:%n%s%nsource:%n%s", s.id(), msg,
                    units.stream().map(u -> {
                        try {
                            return u.getCharContent(true).toString();
                        } catch (IOException e) {
                            return "?";
                        }
                    }).toList()).isTrue();
        }
        if (s.mode().equals("run")) {
            assertThat(runnerClass).as("%s is marked run but declares parameters (// given:)", s.id()).isNotNull();
            try (URLClassLoader cl = new URLClassLoader(new URL[]{out.toUri().toURL()},
                    DocSnippetsTest.class.getClassLoader())) {
                Method run = cl.loadClass(runnerClass).getDeclaredMethod("run");
                run.setAccessible(true);
                try {
                    run.invoke(null);
                } catch (InvocationTargetException e) {
                    throw new AssertionError(s.id() + " failed when run: " + e.getCause(), e.getCause());
                }
            }
        }
    }

    /**
     * Adds the compilation units for {@code s} and returns the class whose static {@code run()} runs it, or null
     * when the snippet has no runnable entry (type declarations only, or parameters from {@code // given:}).
     */
    static String toSources(Snippet s, String pkg, List<JavaFileObject> units) {
        List<String> imports = new ArrayList<>();
        List<String> given = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (String line : s.code().split("\n", -1)) {
            String t = line.trim();
            if (t.startsWith("// snippet:")) {
                body.append('\n'); // keep line numbers
            } else if (t.startsWith("// given:")) {
                given.add(t.substring("// given:".length()).trim());
                body.append('\n');
            } else if (t.startsWith("import ") && body.toString().isBlank()) {
                imports.add(t);
                body.append('\n');
            } else {
                body.append(line).append('\n');
            }
        }
        StringBuilder head = new StringBuilder("package ").append(pkg).append("; ");
        for (String i : DEFAULT_IMPORTS) {
            head.append("import ").append(i).append("; ");
        }
        head.append("import static com.rhosocial.activerecord.query.Col.col; ");
        imports.forEach(i -> head.append(i).append(' '));
        Matcher decl = TYPE_DECL.matcher(body);
        if (decl.find()) {
            // Declarations: one unit per public top-level type would be needed; non-public types share one file.
            String code = head + "\n" + body.toString().replaceAll("(?m)^public\\s+(?=(abstract\\s+|final\\s+)*(class|record|enum|interface)\\s)", "");
            units.add(source(pkg + "/Decl", code));
            return null;
        }
        String params = String.join(", ", given);
        String code = head + "\nclass Snippet { static void run(" + params + ") throws Exception {\n" + body + "\n} }";
        units.add(source(pkg + "/Snippet", code));
        return given.isEmpty() ? pkg + ".Snippet" : null;
    }

    private static JavaFileObject source(String path, String code) {
        return new SimpleJavaFileObject(java.net.URI.create("string:///" + path + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return code;
            }
        };
    }

    /** Surefire puts the real test classpath in this property (java.class.path may be a manifest-only jar). */
    private static String classpath() {
        String cp = System.getProperty("surefire.test.class.path");
        if (cp == null || cp.isBlank()) {
            cp = System.getProperty("java.class.path");
        }
        return String.join(File.pathSeparator, cp.split(File.pathSeparator));
    }
}
