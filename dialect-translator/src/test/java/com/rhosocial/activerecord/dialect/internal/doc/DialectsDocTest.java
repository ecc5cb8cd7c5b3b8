package com.rhosocial.activerecord.dialect.internal.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Regenerates {@code docs/dialects.md} from the dialect specs so the documentation cannot drift from the code. */
class DialectsDocTest {

    @Test
    void docsDialectsMdIsGeneratedFromTheRuleTables() throws Exception {
        String doc = DialectsDoc.generate();
        assertThat(doc).contains("## mysql -> postgresql").contains("## oracle -> sqlite")
                .contains("## sqlserver -> mariadb").contains("Same family");
        Path docs = Path.of("..", "docs");
        if (Files.isDirectory(docs)) {
            Path file = docs.resolve("dialects.md");
            String old = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            if (!old.equals(doc)) {
                Files.writeString(file, doc, StandardCharsets.UTF_8);
            }
        }
    }
}
