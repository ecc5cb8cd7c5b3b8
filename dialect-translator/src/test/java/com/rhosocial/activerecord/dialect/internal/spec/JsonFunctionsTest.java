package com.rhosocial.activerecord.dialect.internal.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import net.sf.jsqlparser.expression.JsonExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.select.PlainSelect;
import org.junit.jupiter.api.Test;

/** JSON path reading: MySQL paths as PostgreSQL key arrays, PostgreSQL operators as MySQL paths. */
class JsonFunctionsTest {

    @Test
    void mysqlPathsBecomeKeyListsAndWildcardsAreRefused() {
        assertEquals(List.of("a", "b", "1"), JsonFunctions.pathKeys("$.a.b[1]"));
        assertEquals(List.of("\"x y\"", "0"), JsonFunctions.pathKeys("$.\"x y\"[0]"));
        assertEquals(List.of(), JsonFunctions.pathKeys("$"));
        assertNull(JsonFunctions.pathKeys("$.a[*]"));
        assertNull(JsonFunctions.pathKeys("$**.b"));
        assertNull(JsonFunctions.pathKeys("a.b"));
    }

    @Test
    void postgresOperatorChainsBecomeOnePathWithTheLastOperatorDecidingText() throws Exception {
        Call text = read("SELECT doc -> 'a' -> 2 ->> 'b c' FROM t");
        assertEquals("JSON_GET_TEXT", text.name());
        assertEquals("$.a[2].\"b c\"", ((StringValue) text.arg(1)).getValue());

        Call json = read("SELECT doc::jsonb #> '{user,tags,0}' FROM t");
        assertEquals("JSON_GET", json.name());
        assertEquals("doc", json.arg(0).toString());
        assertEquals("$.user.tags[0]", ((StringValue) json.arg(1)).getValue());
    }

    @Test
    void aNonLiteralStepIsLeftAlone() throws Exception {
        assertNull(read("SELECT doc ->> col FROM t"));
    }

    private static Call read(String sql) throws Exception {
        PlainSelect ps = (PlainSelect) CCJSqlParserUtil.parse(sql);
        return JsonFunctions.fromPostgresOperators((JsonExpression) ps.getSelectItems().get(0).getExpression());
    }
}
