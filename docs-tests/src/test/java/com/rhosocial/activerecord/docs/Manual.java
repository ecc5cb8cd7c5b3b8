package com.rhosocial.activerecord.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the manual is: {@code docs/} of the repository this module sits in. */
final class Manual {

    private Manual() {
    }

    /** The repository root (the parent of this module's directory, where surefire runs). */
    static Path root() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("docs")) && Files.exists(p.resolve("pom.xml"))
                    && Files.isDirectory(p.resolve("proxy-driver"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find the repository root (with docs/) above " + here);
    }

    static Path docs() {
        return root().resolve("docs");
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
