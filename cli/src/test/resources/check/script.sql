-- A hand-written script: 6 statements.
-- expected with FakeTranslator: clean 3 (lines 3, 4, 9), warnings 2 (lines 5, 11), failed 1 (line 13)
SELECT 'a;b' AS semi FROM dual;
SELECT "x;y", `z;w` FROM t /* ; */;
SELECT GROUP_CONCAT(name ORDER BY name SEPARATOR ';')
FROM customers
GROUP BY city;
# a MySQL comment; with a semicolon
UPDATE t SET a = 'it''s; fine', b = 'back\'slash;' WHERE id = 1;

INSERT INTO t (a) VALUES (1) ON DUPLICATE KEY UPDATE a = 2;

SELECT * FROM t WHERE ROWNUM < 5
