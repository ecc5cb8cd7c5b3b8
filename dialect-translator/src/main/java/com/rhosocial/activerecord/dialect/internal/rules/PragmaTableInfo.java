package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.TableFunction;

/**
 * SQLite {@code pragma_table_info('t')} in FROM (and {@code PRAGMA table_info(t)}, which the pre-pass turns into
 * {@code SELECT * FROM pragma_table_info('t') ORDER BY cid}): the same columns (cid, name, type, notnull,
 * dflt_value, pk) read from the target's information_schema, in the current schema (rendered by the normal rules,
 * so {@code current_schema()} becomes the target's spelling). type is the target's type name, not SQLite's.
 */
public final class PragmaTableInfo {
    private PragmaTableInfo() {
    }

    /** The replacement of {@code fi}, or {@code fi} itself when it is no pragma_table_info of one literal name. */
    public static FromItem apply(FromItem fi, RenderContext ctx) {
        if (!(fi instanceof TableFunction tf) || tf.getFunction() == null || tf.getFunction().getName() == null
                || !tf.getFunction().getName().equalsIgnoreCase("pragma_table_info")
                || !ctx.from().dialect().name().equals("SQLITE") || ctx.to().family().equals(ctx.from().family())) {
            return fi;
        }
        if (tf.getFunction().getParameters() == null || tf.getFunction().getParameters().size() != 1
                || !(tf.getFunction().getParameters().get(0) instanceof StringValue t)) {
            ctx.unsupported("catalog", "pragma_table_info", "pragma_table_info needs one literal table name");
            return fi;
        }
        String name = "'" + t.getValue().toLowerCase(java.util.Locale.ROOT).replace("'", "''") + "'";
        String alias = tf.getAlias() == null ? "pragma_table_info" : tf.getAlias().getName();
        String sql = "SELECT * FROM (SELECT c.ordinal_position - 1 AS cid, c.column_name AS name, c.data_type AS type,"
                + " CASE WHEN c.is_nullable = 'NO' THEN 1 ELSE 0 END AS \"notnull\", c.column_default AS dflt_value,"
                + " COALESCE((SELECT k.ordinal_position FROM information_schema.key_column_usage k"
                + " JOIN information_schema.table_constraints tc ON tc.constraint_name = k.constraint_name"
                + " AND tc.table_schema = k.table_schema AND tc.table_name = k.table_name"
                + " WHERE tc.constraint_type = 'PRIMARY KEY' AND k.table_schema = c.table_schema"
                + " AND k.table_name = c.table_name AND k.column_name = c.column_name), 0) AS pk"
                + " FROM information_schema.columns c WHERE c.table_schema = current_schema()"
                + " AND LOWER(c.table_name) = " + name + ") AS " + alias;
        try {
            Statement st = CCJSqlParserUtil.newParser(sql).Statement();
            if (st instanceof PlainSelect ps) {
                ctx.emulated("catalog", "pragma_table_info from information_schema");
                ctx.changed();
                return ps.getFromItem();
            }
        } catch (Exception e) {
            // falls through to unsupported
        }
        ctx.unsupported("catalog", "pragma_table_info", "pragma_table_info has no catalog query on " + ctx.to());
        return fi;
    }
}
