package com.rhosocial.activerecord.cli;

import com.rhosocial.activerecord.dialect.Dialect;
import com.rhosocial.activerecord.dialect.Outcome;
import com.rhosocial.activerecord.dialect.Translation;
import com.rhosocial.activerecord.dialect.TranslationException;
import com.rhosocial.activerecord.dialect.TranslationWarning;

import java.util.List;

/**
 * A translator with known answers, so that report numbers can be checked by hand independently of how far the real
 * translator has come (pure logic: no database involved). Rules:
 * GROUP_CONCAT -> warning "group-concat-order"; ON DUPLICATE KEY -> warning "upsert-conflict-target";
 * ROWNUM -> TranslationException "oracle-rownum"; "(+)" -> UNSUPPORTED with warning "outer-join-plus";
 * anything else -> TRANSLATED (upper-cased), no warnings.
 */
final class FakeTranslator implements CliContext.Translator {

    @Override
    public Translation translate(String sql, Dialect from, Dialect to) throws TranslationException {
        String u = sql.toUpperCase();
        if (u.contains("ROWNUM")) {
            throw new TranslationException("oracle-rownum", 1, u.indexOf("ROWNUM") + 1, "ROWNUM paging is not supported", null);
        }
        if (u.contains("(+)")) {
            return new Translation(sql, List.of(sql), new int[0], Outcome.UNSUPPORTED,
                    List.of(new TranslationWarning("outer-join-plus", 1, 1, "Oracle (+) outer join")));
        }
        if (u.contains("GROUP_CONCAT") && u.contains("ON DUPLICATE KEY")) {
            return new Translation(sql, List.of(u), new int[0], Outcome.TRANSLATED,
                    List.of(new TranslationWarning("group-concat-order", 1, 1, "order not kept"),
                            new TranslationWarning("upsert-conflict-target", 1, 1, "conflict target guessed")));
        }
        if (u.contains("GROUP_CONCAT")) {
            return new Translation(sql, List.of(u), new int[0], Outcome.TRANSLATED,
                    List.of(new TranslationWarning("group-concat-order", 1, 8, "order not kept")));
        }
        if (u.contains("ON DUPLICATE KEY")) {
            return new Translation(sql, List.of(u), new int[0], Outcome.EMULATED,
                    List.of(new TranslationWarning("upsert-conflict-target", 1, 1, "conflict target guessed")));
        }
        return new Translation(sql, List.of(u), new int[0], Outcome.TRANSLATED, List.of());
    }

    static CliContext context(java.nio.file.Path dir) {
        return new CliContext(new FakeTranslator(), dir, System.in);
    }
}
