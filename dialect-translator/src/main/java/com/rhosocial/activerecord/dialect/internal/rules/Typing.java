package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.TableInfo;
import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.sql.Types;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.Parenthesis;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.operators.arithmetic.Addition;
import net.sf.jsqlparser.expression.operators.arithmetic.Concat;
import net.sf.jsqlparser.expression.operators.arithmetic.Multiplication;
import net.sf.jsqlparser.expression.operators.arithmetic.Subtraction;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;

/**
 * A small, conservative type guess for expressions: enough for the rules that depend on operand types (integer
 * division, string concatenation with {@code +}, implicit string-to-number). Uses {@code SchemaInfo} for columns.
 */
public final class Typing {

    /**
     * SQLite's typeof(e) known from the expression alone: 'integer', 'real' or 'text' for a literal or a column
     * of known type (a value stored in a column of that affinity keeps that class), null when it depends on the
     * value (an exact NUMERIC column holds integers and reals).
     */
    public static String storageClass(Expression e, RenderContext ctx) {
        if (e instanceof DoubleValue) {
            return "real";
        }
        if (e instanceof Parenthesis p) {
            return storageClass(p.getExpression(), ctx);
        }
        if (e instanceof Addition || e instanceof Subtraction || e instanceof Multiplication
                || e instanceof net.sf.jsqlparser.expression.operators.arithmetic.Division) {
            // SQLite arithmetic: real when either operand is real, integer when both are integers
            String a = storageClass(((net.sf.jsqlparser.expression.BinaryExpression) e).getLeftExpression(), ctx);
            String b = storageClass(((net.sf.jsqlparser.expression.BinaryExpression) e).getRightExpression(), ctx);
            return "real".equals(a) && b != null && !"text".equals(b) || "real".equals(b) && a != null && !"text".equals(a)
                    ? "real" : "integer".equals(a) && "integer".equals(b) ? "integer" : null;
        }
        return switch (of(e, ctx)) {
            case INTEGER, BOOLEAN -> "integer";
            case FLOAT -> "real";
            case STRING -> "text";
            case TEMPORAL -> e instanceof Column ? "text" : null;
            default -> null;
        };
    }

    enum Kind { INTEGER, EXACT, FLOAT, STRING, BOOLEAN, TEMPORAL, UNKNOWN }

    private static final Set<String> INT_FUNCTIONS = Set.of("COUNT", "LENGTH", "CHAR_LENGTH", "LEN", "INSTR",
            "LOCATE", "STRPOS", "CHARINDEX", "YEAR", "MONTH", "DAY", "HOUR", "MINUTE", "SECOND", "DAYOFWEEK",
            "ROW_NUMBER", "RANK", "DENSE_RANK", "ASCII", "FLOOR", "CEIL", "CEILING", "SIGN", "DATEDIFF");
    private static final Set<String> STRING_FUNCTIONS = Set.of("CONCAT", "UPPER", "LOWER", "SUBSTR", "SUBSTRING",
            "TRIM", "LTRIM", "RTRIM", "REPLACE", "LPAD", "RPAD", "LEFT", "RIGHT", "CONCAT_WS", "TO_CHAR",
            "DATE_FORMAT", "GROUP_CONCAT", "STRING_AGG", "LISTAGG", "REPEAT", "REVERSE", "UCASE", "LCASE", "STRFTIME",
            "FORMAT", "PRINTF", "HEX", "QUOTE", "TYPEOF", "CHAR", "CHR", "SPACE", "REPLICATE");

    private static final Set<String> TEMPORAL_FUNCTIONS = Set.of("DATE", "DATETIME", "TIME", "NOW", "CURDATE",
            "SYSDATE", "GETDATE", "DATE_ADD", "DATE_SUB", "DATEADD", "ADD_MONTHS", "LAST_DAY", "STR_TO_DATE",
            "TO_DATE", "TO_TIMESTAMP", "DATE_TRUNC", "EOMONTH", "DATEFROMPARTS");

    private Typing() {
    }

    private static boolean numeric(Kind k) {
        return k == Kind.INTEGER || k == Kind.EXACT || k == Kind.FLOAT;
    }

    /**
     * A T-SQL {@code +} between a string and a number: data type precedence converts the string to the number's
     * type, so it is an addition, not a concatenation.
     */
    static boolean stringPlusNumber(Addition a, RenderContext ctx) {
        Kind l = of(a.getLeftExpression(), ctx);
        Kind r = of(a.getRightExpression(), ctx);
        return l == Kind.STRING && numeric(r) || r == Kind.STRING && numeric(l);
    }

    static Kind of(Expression e, RenderContext ctx) {
        if (e instanceof LongValue) {
            return Kind.INTEGER;
        }
        if (e instanceof DoubleValue) {
            return e.toString().toUpperCase(Locale.ROOT).contains("E") ? Kind.FLOAT : Kind.EXACT;
        }
        if (e instanceof StringValue) {
            return Kind.STRING;
        }
        if (e instanceof net.sf.jsqlparser.expression.DateTimeLiteralExpression
                || e instanceof net.sf.jsqlparser.expression.DateValue
                || e instanceof net.sf.jsqlparser.expression.TimestampValue) {
            return Kind.TEMPORAL;
        }
        if (e instanceof SignedExpression s) {
            return of(s.getExpression(), ctx);
        }
        if (e instanceof Parenthesis p) {
            return of(p.getExpression(), ctx);
        }
        if (e instanceof ParenthesedExpressionList<?> l && l.size() == 1) {
            return of(l.get(0), ctx);
        }
        if (e instanceof Concat) {
            return Kind.STRING;
        }
        if (e instanceof Addition || e instanceof Subtraction || e instanceof Multiplication) {
            Kind a = of(((net.sf.jsqlparser.expression.BinaryExpression) e).getLeftExpression(), ctx);
            Kind b = of(((net.sf.jsqlparser.expression.BinaryExpression) e).getRightExpression(), ctx);
            if (e instanceof Addition && (a == Kind.STRING || b == Kind.STRING) && ctx.from().plusConcatenatesStrings()) {
                if (numeric(a) || numeric(b)) {
                    // T-SQL: a number outranks a string, so '10' + 5 converts the string and adds (15)
                    return numeric(a) ? a : b;
                }
                return Kind.STRING;
            }
            if (a == Kind.INTEGER && b == Kind.INTEGER) {
                return Kind.INTEGER;
            }
            if ((a == Kind.INTEGER || a == Kind.EXACT) && (b == Kind.INTEGER || b == Kind.EXACT)) {
                return Kind.EXACT;
            }
            if (a == Kind.FLOAT || b == Kind.FLOAT) {
                return Kind.FLOAT;
            }
            return Kind.UNKNOWN;
        }
        if (e instanceof Function f && f.getName() != null) {
            String n = f.getName().toUpperCase(Locale.ROOT);
            if (INT_FUNCTIONS.contains(n)) {
                return Kind.INTEGER;
            }
            if (STRING_FUNCTIONS.contains(n)) {
                return Kind.STRING;
            }
            if (TEMPORAL_FUNCTIONS.contains(n)) {
                return Kind.TEMPORAL;
            }
            if (n.equals("ISNULL") && f.getParameters() != null && f.getParameters().size() == 1) {
                // MySQL ISNULL(x): the truth value of x IS NULL (the two-argument form is T-SQL's COALESCE)
                return Kind.BOOLEAN;
            }
            if ((n.equals("COALESCE") || n.equals("ISNULL") || n.equals("IFNULL") || n.equals("NVL"))
                    && f.getParameters() != null) {
                // the type of the first argument whose type is known
                for (Expression arg : f.getParameters()) {
                    Kind k = of(arg, ctx);
                    if (k != Kind.UNKNOWN) {
                        return k;
                    }
                }
                return Kind.UNKNOWN;
            }
            if ((n.equals("SUM") || n.equals("MAX") || n.equals("MIN") || n.equals("ABS"))
                    && f.getParameters() != null && f.getParameters().size() == 1) {
                return of(f.getParameters().get(0), ctx);
            }
            return Kind.UNKNOWN;
        }
        if (e instanceof CastExpression c && c.getColDataType() != null) {
            String canonical = ctx.from().readType(baseType(c.getColDataType().getDataType()));
            if (canonical == null) {
                String t = c.getColDataType().getDataType().toUpperCase(Locale.ROOT);
                return t.contains("SIGNED") ? Kind.INTEGER : Kind.UNKNOWN;
            }
            return switch (canonical) {
                case "TINYINT", "SMALLINT", "INTEGER", "BIGINT" -> Kind.INTEGER;
                case "DECIMAL" -> c.getColDataType().getArgumentsStringList() != null
                        && c.getColDataType().getArgumentsStringList().size() == 1 ? Kind.INTEGER : Kind.EXACT;
                case "REAL", "DOUBLE" -> Kind.FLOAT;
                case "CHAR", "VARCHAR", "TEXT" -> Kind.STRING;
                case "DATE", "TIMESTAMP", "TIME" -> Kind.TEMPORAL;
                default -> Kind.UNKNOWN;
            };
        }
        if (e instanceof Column c) {
            Optional<TableInfo.ColumnInfo> col = ctx.column(c.getTable() == null ? null : tableName(c), c.getColumnName());
            if (col.isPresent()) {
                return ofJdbc(col.get().jdbcType(), col.get().typeName());
            }
        }
        return Kind.UNKNOWN;
    }

    private static String tableName(Column c) {
        // An alias cannot be looked up in the schema; RenderContext.column handles unknown names as empty.
        return c.getTable().getName();
    }

    static Kind ofJdbc(int jdbcType, String typeName) {
        switch (jdbcType) {
            case Types.TINYINT: case Types.SMALLINT: case Types.INTEGER: case Types.BIGINT:
                return Kind.INTEGER;
            case Types.DECIMAL: case Types.NUMERIC:
                return Kind.EXACT;
            case Types.REAL: case Types.FLOAT: case Types.DOUBLE:
                // sqlite-jdbc reports a DECIMAL(10,2) or NUMERIC column as FLOAT; its declared type says exact.
                String declared = typeName == null ? "" : typeName.toUpperCase(Locale.ROOT);
                return declared.startsWith("DEC") || declared.startsWith("NUM") ? Kind.EXACT : Kind.FLOAT;
            case Types.CHAR: case Types.VARCHAR: case Types.LONGVARCHAR: case Types.NCHAR: case Types.NVARCHAR:
            case Types.LONGNVARCHAR: case Types.CLOB: case Types.NCLOB:
                return Kind.STRING;
            case Types.BOOLEAN: case Types.BIT:
                return Kind.BOOLEAN;
            case Types.DATE: case Types.TIME: case Types.TIMESTAMP: case Types.TIMESTAMP_WITH_TIMEZONE:
                return Kind.TEMPORAL;
            default:
                String t = typeName == null ? "" : typeName.toUpperCase(Locale.ROOT);
                if (t.contains("INT")) {
                    return Kind.INTEGER;
                }
                if (t.contains("CHAR") || t.contains("TEXT")) {
                    return Kind.STRING;
                }
                if (t.contains("BOOL")) {
                    return Kind.BOOLEAN;
                }
                return Kind.UNKNOWN;
        }
    }

    static String baseType(String dataType) {
        String t = dataType.toUpperCase(Locale.ROOT).trim();
        int p = t.indexOf('(');
        if (p >= 0) {
            int q = t.indexOf(')', p);
            t = (t.substring(0, p) + (q > 0 ? t.substring(q + 1) : "")).trim();
        }
        t = t.replace(" UNSIGNED", "").replace(" SIGNED", "").replace(" ZEROFILL", "").trim();
        return t;
    }

    static boolean isString(Expression e, RenderContext ctx) {
        return of(e, ctx) == Kind.STRING;
    }

    static boolean isInteger(Expression e, RenderContext ctx) {
        return of(e, ctx) == Kind.INTEGER;
    }
}
