package com.rhosocial.activerecord.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A fuzz run over 10,000 inputs: mutations of realistic statements (characters dropped, duplicated, swapped,
 * brackets and quotes inserted) and plain noise. The translator must answer each one with a translation or a
 * TranslationException, keep the parameter map consistent and stay fast; the whole run must finish well under a
 * minute.
 */
class FuzzTest {
    private static final String[] SEEDS = {
        "SELECT id, name FROM customers WHERE country = ? ORDER BY id LIMIT ?, ?",
        "SELECT TOP (?) * FROM [order] o WITH (NOLOCK) WHERE o.total > ? ORDER BY o.id",
        "SELECT * FROM (SELECT a.*, ROWNUM rn FROM (SELECT * FROM emp ORDER BY sal) a WHERE ROWNUM <= ?) WHERE rn > ?",
        "INSERT INTO t (id, n) VALUES (?, ?) ON DUPLICATE KEY UPDATE n = VALUES(n)",
        "UPDATE t SET a = a + 1 WHERE b = 'x' ORDER BY id LIMIT 5",
        "SELECT GROUP_CONCAT(DISTINCT name ORDER BY name SEPARATOR ';') FROM t GROUP BY g HAVING COUNT(*) > 1",
        "SELECT DATE_ADD(d, INTERVAL ? DAY), DATE_FORMAT(d, '%Y-%m'), IFNULL(x, 0) FROM t",
        "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 5) SELECT * FROM r",
        "SELECT {fn UCASE(name)}, {d '2024-01-01'} FROM t WHERE name LIKE 'a!%' {escape '!'}",
        "CREATE TABLE IF NOT EXISTS t (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(20) DEFAULT 'x')",
        "SELECT c.id FROM c, o WHERE c.id = o.cid(+) AND o.s(+) = 'x'",
        "SELECT x::int, a || b, E'it\\'s' FROM t WHERE name ILIKE ? AND y ~* '^a'",
    };

    @Test
    void tenThousandMutatedAndRandomInputsAreHandled() {
        SqlTranslator t = SqlTranslator.builder().cacheSize(0).onUnsupported(OnUnsupported.FAIL).build();
        Dialect[] ds = {Dialect.MYSQL, Dialect.POSTGRESQL, Dialect.ORACLE, Dialect.SQLSERVER, Dialect.SQLITE};
        Random rnd = new Random(42);
        long start = System.nanoTime();
        int translated = 0;
        int refused = 0;
        for (int i = 0; i < 10_000; i++) {
            String sql = i % 10 == 9 ? noise(rnd) : mutate(SEEDS[rnd.nextInt(SEEDS.length)], rnd);
            Dialect from = ds[rnd.nextInt(ds.length)];
            Dialect to = ds[rnd.nextInt(ds.length)];
            long one = System.nanoTime();
            try {
                Translation tr = t.translate(sql, from, to);
                int n = 0;
                for (String s : tr.statements()) {
                    n += Translation.countParameters(s, to); // target text, read by the target's rules
                }
                assertThat(tr.targetParameterCount()).as(sql).isEqualTo(n);
                translated++;
            } catch (TranslationException e) {
                refused++;
            }
            assertThat(System.nanoTime() - one).as("time for: " + sql).isLessThan(3_000_000_000L);
        }
        assertThat(translated + refused).isEqualTo(10_000);
        assertThat(System.nanoTime() - start).isLessThan(60_000_000_000L);
    }

    private static String mutate(String s, Random rnd) {
        StringBuilder b = new StringBuilder(s);
        int edits = 1 + rnd.nextInt(4);
        for (int e = 0; e < edits && b.length() > 1; e++) {
            int p = rnd.nextInt(b.length());
            switch (rnd.nextInt(5)) {
                case 0 -> b.deleteCharAt(p);
                case 1 -> b.insert(p, b.charAt(p));
                case 2 -> b.insert(p, "'\"`[](){}?;,".charAt(rnd.nextInt(12)));
                case 3 -> {
                    int q = rnd.nextInt(b.length());
                    char c = b.charAt(p);
                    b.setCharAt(p, b.charAt(q));
                    b.setCharAt(q, c);
                }
                default -> b.insert(p, " ((((( ");
            }
        }
        return b.toString();
    }

    private static String noise(Random rnd) {
        int n = rnd.nextInt(80);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) (32 + rnd.nextInt(95)));
        }
        return b.toString();
    }
}
