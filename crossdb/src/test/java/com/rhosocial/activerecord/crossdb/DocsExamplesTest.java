package com.rhosocial.activerecord.crossdb;

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
 * Keeps docs/cross-database honest: every code block announced by {@code <!-- example: path -->} must appear in that
 * test source, line for line (ignoring indentation and blank lines) and in order, so a worked example in the docs
 * is always code a test runs.
 */
class DocsExamplesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern EXAMPLE = Pattern.compile("<!-- example: (\\S+) -->\\s*```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyPageHasAWorkedExampleFoundInItsTest() throws IOException {
        Path docs = ROOT.resolve("docs/cross-database");
        List<String> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(docs)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".md") && !p.endsWith("README.md")).sorted().toList()) {
                pages.add(page.getFileName().toString());
                Matcher m = EXAMPLE.matcher(Files.readString(page));
                assertThat(m.find()).as("%s has a worked example tied to a test", page.getFileName()).isTrue();
                do {
                    assertInOrder(page.getFileName().toString(), m.group(2), Files.readAllLines(ROOT.resolve(m.group(1))));
                } while (m.find());
            }
        }
        assertThat(pages).containsExactly("federation.md", "several-datasources.md", "synchronization.md",
                "transactions.md");
    }

    private static void assertInOrder(String page, String snippet, List<String> source) {
        int at = 0;
        for (String line : snippet.split("\n")) {
            String want = line.strip();
            if (want.isEmpty()) {
                continue;
            }
            int found = -1;
            for (int i = at; i < source.size(); i++) {
                if (source.get(i).strip().equals(want)) {
                    found = i;
                    break;
                }
            }
            assertThat(found).as("%s: example line not found (in order) in its test: %s", page, want).isNotNegative();
            at = found + 1;
        }
    }
}
