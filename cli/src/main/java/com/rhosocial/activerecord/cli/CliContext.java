package com.rhosocial.activerecord.cli;

import com.rhosocial.activerecord.dialect.Dialect;
import com.rhosocial.activerecord.dialect.SchemaInfo;
import com.rhosocial.activerecord.dialect.SqlTranslator;
import com.rhosocial.activerecord.dialect.Translation;
import com.rhosocial.activerecord.dialect.TranslationException;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What the commands take from their surroundings: the translator, the working directory (default report path,
 * {@code ./activerecord.yaml}) and standard input. Tests build their own; {@link #defaults()} is the real one.
 *
 * @param translator translates one SQL string
 * @param workingDirectory directory relative paths and default files are resolved against
 * @param stdin where {@code -} reads from
 */
public record CliContext(Translator translator, Path workingDirectory, InputStream stdin) {

    public CliContext {
        Objects.requireNonNull(translator, "translator");
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        Objects.requireNonNull(stdin, "stdin");
    }

    /** The real translator, the process's working directory and {@code System.in}. */
    public static CliContext defaults() {
        return new CliContext(realTranslator(), Path.of("").toAbsolutePath(), System.in);
    }

    /** A copy with another working directory. */
    public CliContext withWorkingDirectory(Path dir) {
        return new CliContext(translator, dir, stdin);
    }

    /** A copy with another standard input. */
    public CliContext withStdin(InputStream in) {
        return new CliContext(translator, workingDirectory, in);
    }

    /** The project's {@link SqlTranslator} with its default policies. */
    public static Translator realTranslator() {
        SqlTranslator t = SqlTranslator.builder().build();
        return new Translator() {
            @Override
            public Translation translate(String sql, Dialect from, Dialect to) throws TranslationException {
                return t.translate(sql, from, to);
            }

            @Override
            public Translation translate(String sql, Dialect from, Dialect to, SchemaInfo schema)
                    throws TranslationException {
                return t.translate(sql, from, to, schema);
            }
        };
    }

    /** Translates one SQL string; the seam through which tests give {@code check} a translator with known answers. */
    @FunctionalInterface
    public interface Translator {
        Translation translate(String sql, Dialect from, Dialect to) throws TranslationException;

        /** With the target's keys and columns, as the driver translates; ignores {@code schema} unless overridden. */
        default Translation translate(String sql, Dialect from, Dialect to, SchemaInfo schema) throws TranslationException {
            return translate(sql, from, to);
        }
    }
}
