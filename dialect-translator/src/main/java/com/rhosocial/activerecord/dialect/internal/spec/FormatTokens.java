package com.rhosocial.activerecord.dialect.internal.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Date format tokens. A source format string is read into a list of canonical tokens (strftime names:
 * {@code %Y %m %d %H %M %S ...}) and literal text, and written with the target's tokens. Each dialect declares its
 * table as pairs (native, canonical); reading takes the longest native token that matches.
 */
public final class FormatTokens {
    /** One piece of a format: a canonical token, or literal text when {@code literal} is true. */
    public record Piece(String text, boolean literal) {
    }

    /** MySQL DATE_FORMAT / STR_TO_DATE. */
    static final String[][] MYSQL = {
        {"%Y", "%Y"}, {"%y", "%y"}, {"%m", "%m"}, {"%c", "%-m"}, {"%d", "%d"}, {"%e", "%-d"}, {"%H", "%H"},
        {"%k", "%-H"}, {"%h", "%I"}, {"%I", "%I"}, {"%l", "%-I"}, {"%i", "%M"}, {"%s", "%S"}, {"%S", "%S"},
        {"%f", "%f"}, {"%p", "%p"}, {"%M", "%B"}, {"%b", "%b"}, {"%W", "%A"}, {"%a", "%a"}, {"%j", "%j"},
        {"%T", "%H:%M:%S"}, {"%r", "%I:%M:%S %p"}, {"%%", "%%"}, {"%w", "%w"}, {"%v", "%V"}, {"%x", "%G"},
    };
    /** PostgreSQL and Oracle TO_CHAR / TO_DATE. */
    static final String[][] TO_CHAR = {
        {"IYYY", "%G"}, {"IW", "%V"}, {"ID", "%u"},
        {"YYYY", "%Y"}, {"YY", "%y"}, {"MM", "%m"}, {"DDD", "%j"}, {"DD", "%d"}, {"HH24", "%H"}, {"HH12", "%I"},
        {"HH", "%I"}, {"MI", "%M"}, {"SS", "%S"}, {"MS", "%f"}, {"FF3", "%f"}, {"FF", "%f"}, {"US", "%f"},
        {"AM", "%p"}, {"PM", "%p"}, {"FMMonth", "%B"}, {"Month", "%#B"}, {"MONTH", "%#^B"}, {"Mon", "%b"},
        {"MON", "%^b"}, {"FMDay", "%A"}, {"Day", "%#A"}, {"DAY", "%#^A"}, {"Dy", "%a"}, {"DY", "%^a"},
        {"FMMONTH", "%^B"}, {"FMDAY", "%^A"},
        {"FMMM", "%-m"}, {"FMDD", "%-d"}, {"FMHH24", "%-H"}, {"D", "%w"}, {"WW", "%!W"},
    };
    /** SQLite strftime: the canonical tokens themselves, minus names SQLite cannot print. */
    static final String[][] STRFTIME = {
        {"%Y", "%Y"}, {"%m", "%m"}, {"%d", "%d"}, {"%H", "%H"}, {"%M", "%M"}, {"%S", "%S"}, {"%f", "%f"},
        {"%j", "%j"}, {"%w", "%w"}, {"%%", "%%"}, {"%I", "%I"}, {"%p", "%p"}, {"%e", "%-d"}, {"%k", "%-H"},
        {"%l", "%-I"}, {"%y", "%y"}, {"%V", "%V"}, {"%G", "%G"}, {"%u", "%u"},
    };
    /**
     * The canonical tokens themselves (how a canonical format travels inside a {@link Call}). {@code %#A} and
     * {@code %#B} (and upper-case {@code %#^A}, {@code %#^B}) are the day and month names blank-padded to
     * {@link #NAME_WIDTH} characters, as TO_CHAR's {@code Day} and {@code Month} print them without FM.
     */
    static final String[][] CANONICAL = {
        {"%#A", "%#A"}, {"%#B", "%#B"}, {"%#^A", "%#^A"}, {"%#^B", "%#^B"},
        {"%Y", "%Y"}, {"%y", "%y"}, {"%m", "%m"}, {"%-m", "%-m"}, {"%d", "%d"}, {"%-d", "%-d"}, {"%H", "%H"},
        {"%-H", "%-H"}, {"%I", "%I"}, {"%-I", "%-I"}, {"%M", "%M"}, {"%S", "%S"}, {"%f", "%f"}, {"%p", "%p"},
        {"%B", "%B"}, {"%b", "%b"}, {"%A", "%A"}, {"%a", "%a"}, {"%j", "%j"}, {"%w", "%w"}, {"%%", "%%"},
        {"%^B", "%^B"}, {"%^b", "%^b"}, {"%^A", "%^A"}, {"%^a", "%^a"}, {"%V", "%V"}, {"%G", "%G"}, {"%u", "%u"},
        {"%!W", "%!W"},
    };
    /** SQL Server FORMAT (.NET custom format strings). */
    static final String[][] DOTNET = {
        {"yyyy", "%Y"}, {"yy", "%y"}, {"MMMM", "%B"}, {"MMM", "%b"}, {"MM", "%m"}, {"M", "%-m"}, {"dddd", "%A"},
        {"ddd", "%a"}, {"dd", "%d"}, {"d", "%-d"}, {"HH", "%H"}, {"H", "%-H"}, {"hh", "%I"}, {"h", "%-I"},
        {"mm", "%M"}, {"ss", "%S"}, {"fff", "%f"}, {"tt", "%p"},
    };

    /** Width of a padded day or month name: the longest English ones, Wednesday and September. */
    static final int NAME_WIDTH = 9;

    private FormatTokens() {
    }

    /** True for a blank-padded name token ({@code %#A}, {@code %#^B}, ...). */
    static boolean padded(String token) {
        return token.startsWith("%#");
    }

    /** The same name without padding ({@code %#^A} to {@code %^A}). */
    static String unpadded(String token) {
        return "%" + token.substring(2);
    }

    /** Converts a native format to the canonical (strftime-like) string. */
    public static String toCanonical(String format, String[][] table, char quoteChar) {
        return write(read(format, table, quoteChar), CANONICAL, null, true);
    }

    /** Converts a canonical format to a native one, or null when a token has no equivalent. */
    public static String fromCanonical(String canonical, String[][] table, String literalQuote, boolean percentEscape) {
        return write(read(canonical, CANONICAL, (char) 0), table, literalQuote, percentEscape);
    }

    /** True when the canonical format asks for upper-case names the native table cannot spell. */
    public static boolean needsUpper(String canonical, String[][] table) {
        for (String t : new String[] {"%^B", "%^b", "%^A", "%^a"}) {
            if (canonical.contains(t)) {
                boolean has = false;
                for (String[] pair : table) {
                    if (pair[1].equals(t)) {
                        has = true;
                    }
                }
                if (!has) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when {@code table} spells canonical token {@code canonical} itself. */
    static boolean hasNative(String[][] table, String canonical) {
        for (String[] pair : table) {
            if (pair[1].equals(canonical)) {
                return true;
            }
        }
        return false;
    }

    /** True when the canonical format has a time-of-day token. */
    public static boolean hasTime(String canonical) {
        return canonical.contains("%H") || canonical.contains("%-H") || canonical.contains("%I")
                || canonical.contains("%M") || canonical.contains("%S");
    }

    /** Reads {@code format} with {@code table}; {@code quoteChar} starts quoted literal text (TO_CHAR's "..."). */
    public static List<Piece> read(String format, String[][] table, char quoteChar) {
        List<Piece> out = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        int i = 0;
        outer:
        while (i < format.length()) {
            char c = format.charAt(i);
            if (quoteChar != 0 && c == quoteChar) {
                int end = format.indexOf(quoteChar, i + 1);
                end = end < 0 ? format.length() : end;
                lit.append(format, i + 1, end);
                i = end + 1;
                continue;
            }
            String best = null;
            String canonical = null;
            // the FM modifier is case-insensitive ('fmMonth'); the names after it keep their case rules
            String view = format;
            boolean fm = i + 2 <= format.length() && format.regionMatches(true, i, "FM", 0, 2)
                    && table == TO_CHAR;
            if (fm) {
                view = format.substring(0, i) + "FM" + format.substring(i + 2);
            }
            for (String[] pair : table) {
                if (view.startsWith(pair[0], i) && (best == null || pair[0].length() > best.length())) {
                    best = pair[0];
                    canonical = pair[1];
                }
            }
            if (best != null) {
                if (lit.length() > 0) {
                    out.add(new Piece(lit.toString(), true));
                    lit.setLength(0);
                }
                if (canonical.equals("%%")) {
                    lit.append('%');
                } else {
                    out.add(new Piece(canonical, false));
                }
                i += best.length();
                continue outer;
            }
            if (fm) {
                // FM before an element it does not change (YYYY, MI ...): no text of its own
                i += 2;
                continue;
            }
            lit.append(c);
            i++;
        }
        if (lit.length() > 0) {
            out.add(new Piece(lit.toString(), true));
        }
        return out;
    }

    /**
     * Writes canonical pieces with {@code table}; returns null when a token has no equivalent.
     * {@code literalQuote} wraps literal letters (TO_CHAR needs "..."), {@code percentEscape} doubles % signs.
     */
    public static String write(List<Piece> pieces, String[][] table, String literalQuote, boolean percentEscape) {
        Map<String, String> reverse = new java.util.HashMap<>();
        for (int i = table.length - 1; i >= 0; i--) {
            reverse.put(table[i][1], table[i][0]);
        }
        StringBuilder b = new StringBuilder();
        for (Piece p : pieces) {
            if (p.literal()) {
                String t = percentEscape ? p.text().replace("%", "%%") : p.text();
                if (literalQuote != null && t.chars().anyMatch(Character::isLetter)) {
                    b.append(literalQuote).append(t).append(literalQuote);
                } else {
                    b.append(t);
                }
            } else {
                String native_ = reverse.get(p.text());
                if (native_ == null && (p.text().startsWith("%-") || p.text().startsWith("%^"))) {
                    // no padding-free / upper-case variant: the plain token (upper case is applied around it)
                    native_ = reverse.get("%" + p.text().substring(2));
                }
                if (native_ == null) {
                    return null;
                }
                b.append(native_);
            }
        }
        return b.toString();
    }
}
