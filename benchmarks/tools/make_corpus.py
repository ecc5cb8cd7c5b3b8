#!/usr/bin/env python3
"""Writes the translation corpus (src/main/resources/corpus/{mysql,postgresql}.sql) for the translation suite.

The statements have the shapes that ORMs generate (Rails ActiveRecord, Hibernate, Django, Ebean/MyBatis mappers)
over a small shop/blog schema, plus hand-written reporting and maintenance SQL. One statement per line; lines that
start with '--' name the group that follows. Run once and commit the output; the benchmark reads the files only.
"""
import os

ENTITIES = {
    # table: (columns besides id, a text column, a foreign key or None, an order column)
    "users": (["name", "email", "status", "created_at", "updated_at"], "email", None, "created_at"),
    "posts": (["user_id", "title", "body", "published", "created_at", "updated_at"], "title", "user_id", "created_at"),
    "comments": (["post_id", "user_id", "body", "created_at"], "body", "post_id", "created_at"),
    "orders": (["customer_id", "status", "total", "placed_at"], "status", "customer_id", "placed_at"),
    "order_items": (["order_id", "product_id", "quantity", "unit_price"], None, "order_id", "id"),
    "products": (["category_id", "sku", "name", "price", "stock"], "sku", "category_id", "name"),
    "customers": (["name", "email", "country", "created_at"], "email", None, "name"),
    "categories": (["parent_id", "name", "position"], "name", "parent_id", "position"),
    "tags": (["name", "slug"], "slug", None, "name"),
    "invoices": (["order_id", "number", "amount", "issued_at", "paid"], "number", "order_id", "issued_at"),
}


def q(dialect, name):
    return "`%s`" % name if dialect == "mysql" else '"%s"' % name


def orm_rails(d):
    out = []
    for t, (cols, text, fk, order) in ENTITIES.items():
        Q = lambda n: q(d, n)
        allc = ["id"] + cols
        out.append("SELECT %s.* FROM %s WHERE %s.%s = ? LIMIT ?" % (Q(t), Q(t), Q(t), Q("id")))
        if fk:
            out.append("SELECT %s.* FROM %s WHERE %s.%s = ? ORDER BY %s.%s DESC LIMIT ? OFFSET ?"
                       % (Q(t), Q(t), Q(t), Q(fk), Q(t), Q(order)))
        ins = [c for c in cols]
        out.append("INSERT INTO %s (%s) VALUES (%s)" % (Q(t), ", ".join(Q(c) for c in ins), ", ".join("?" for _ in ins)))
        out.append("UPDATE %s SET %s = ? WHERE %s.%s = ?" % (Q(t), ", ".join(Q(c) + " = ?" for c in ins[:2]).rsplit(" = ?", 1)[0], Q(t), Q("id")))
        out.append("DELETE FROM %s WHERE %s.%s = ?" % (Q(t), Q(t), Q("id")))
        if text:
            out.append("SELECT 1 AS one FROM %s WHERE %s.%s = ? LIMIT ?" % (Q(t), Q(t), Q(text)))
        out.append("SELECT COUNT(*) FROM %s WHERE %s.%s IN (?, ?, ?)" % (Q(t), Q(t), Q("id")))
        del allc
    return out


def orm_hibernate(d):
    out = []
    for i, (t, (cols, text, fk, order)) in enumerate(ENTITIES.items()):
        a = "%s0_" % t[:-1 if t.endswith("s") else None].replace("_", "")[:8]
        sel = ", ".join("%s.%s as %s%d_%d_" % (a, c, c[:8], k + 1, i) for k, c in enumerate(["id"] + cols))
        out.append("select %s from %s %s where %s.id=?" % (sel, t, a, a))
        if fk:
            out.append("select %s from %s %s where %s.%s=? order by %s.%s asc limit ?"
                       % (sel, t, a, a, fk, a, order))
        sets = ", ".join("%s=?" % c for c in cols)
        out.append("update %s set %s where id=?" % (t, sets))
        out.append("insert into %s (%s) values (%s)" % (t, ", ".join(cols), ", ".join("?" for _ in cols)))
    return out


def orm_hibernate6(d):
    out = []
    for t, (cols, text, fk, order) in ENTITIES.items():
        a = t[0] + "1_0"
        sel = ",".join("%s.%s" % (a, c) for c in ["id"] + cols)
        if text:
            out.append("select %s from %s %s where %s.%s=?" % (sel, t, a, a, text))
        out.append("select count(%s.id) from %s %s where %s.%s>=?" % (a, t, a, a, order))
    return out


def orm_mybatis_plus(d):
    out = []
    for t, (cols, text, fk, order) in ENTITIES.items():
        out.append("SELECT %s FROM %s WHERE id=?" % (",".join(["id"] + cols), t))
        out.append("SELECT COUNT( * ) AS total FROM %s WHERE (%s = ?)" % (t, cols[0]))
    return out


def orm_django(d):
    out = []
    for t, (cols, text, fk, order) in list(ENTITIES.items())[:6]:
        Q = lambda n: q(d, n)
        sel = ", ".join("%s.%s" % (Q("app_" + t), Q(c)) for c in ["id"] + cols)
        out.append("SELECT %s FROM %s WHERE %s.%s = ? LIMIT 21" % (sel, Q("app_" + t), Q("app_" + t), Q("id")))
        if text:
            out.append("SELECT %s FROM %s WHERE %s.%s LIKE ? ORDER BY %s.%s ASC"
                       % (sel, Q("app_" + t), Q("app_" + t), Q(text), Q("app_" + t), Q(order)))
    return out


MYSQL_HAND = r"""
-- hand-written: joins, aggregates, MySQL functions
SELECT u.id, u.name, COUNT(p.id) AS post_count FROM users u LEFT JOIN posts p ON p.user_id = u.id WHERE u.status = ? GROUP BY u.id, u.name HAVING COUNT(p.id) > ? ORDER BY post_count DESC LIMIT ?
SELECT o.id, o.total, c.name FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.placed_at >= ? AND o.placed_at < ? ORDER BY o.placed_at DESC LIMIT ?, ?
SELECT * FROM `products` WHERE `name` LIKE CONCAT('%', ?, '%') ORDER BY `name` LIMIT 20
SELECT id, IFNULL(nickname, name) AS display_name FROM users WHERE id = ?
SELECT DATE_FORMAT(placed_at, '%Y-%m') AS month, SUM(total) AS revenue FROM orders WHERE placed_at >= ? GROUP BY DATE_FORMAT(placed_at, '%Y-%m') ORDER BY month
SELECT p.id, p.title, GROUP_CONCAT(t.name ORDER BY t.name SEPARATOR ', ') AS tags FROM posts p JOIN post_tags pt ON pt.post_id = p.id JOIN tags t ON t.id = pt.tag_id WHERE p.published = 1 GROUP BY p.id, p.title LIMIT ?
INSERT INTO page_views (page_id, day, views) VALUES (?, ?, 1) ON DUPLICATE KEY UPDATE views = views + 1
INSERT INTO user_settings (user_id, name, value) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE value = VALUES(value)
INSERT IGNORE INTO post_tags (post_id, tag_id) VALUES (?, ?)
INSERT INTO tags (name, slug) VALUES (?, ?), (?, ?), (?, ?)
SELECT id, name FROM users WHERE created_at > DATE_SUB(NOW(), INTERVAL ? DAY) ORDER BY created_at DESC
SELECT COUNT(*) FROM orders WHERE status = 'paid' AND placed_at BETWEEN ? AND ?
SELECT id, total, IF(total > ?, 'large', 'small') AS size FROM orders WHERE customer_id = ?
SELECT id, CASE WHEN stock = 0 THEN 'out' WHEN stock < ? THEN 'low' ELSE 'ok' END AS level FROM products WHERE category_id = ?
SELECT * FROM orders WHERE id = ? FOR UPDATE
UPDATE products SET stock = stock - ? WHERE id = ? AND stock >= ?
UPDATE orders o JOIN customers c ON c.id = o.customer_id SET o.status = ? WHERE c.country = ? AND o.status = ?
DELETE FROM sessions WHERE expires_at < NOW() LIMIT 1000
SELECT p.* FROM posts p WHERE EXISTS (SELECT 1 FROM comments c WHERE c.post_id = p.id AND c.user_id = ?) ORDER BY p.created_at DESC LIMIT 10
SELECT * FROM products WHERE category_id IN (SELECT id FROM categories WHERE parent_id = ?) AND price <= ?
SELECT c.name, SUM(oi.quantity * oi.unit_price) AS amount FROM order_items oi JOIN products p ON p.id = oi.product_id JOIN categories c ON c.id = p.category_id GROUP BY c.name ORDER BY amount DESC LIMIT 5
WITH recent AS (SELECT customer_id, MAX(placed_at) AS last_order FROM orders GROUP BY customer_id) SELECT c.id, c.name, r.last_order FROM customers c JOIN recent r ON r.customer_id = c.id WHERE r.last_order < ?
SELECT id, customer_id, total, ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY placed_at DESC) AS rn FROM orders WHERE placed_at >= ?
SELECT id, total, SUM(total) OVER (ORDER BY placed_at ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running FROM orders WHERE customer_id = ?
SELECT `u`.`id`, `u`.`email` FROM `users` `u` WHERE `u`.`email` = LOWER(?) AND `u`.`status` <> 'banned'
SELECT CONCAT(first_name, ' ', last_name) AS full_name FROM employees WHERE department_id = ? ORDER BY last_name, first_name
SELECT id FROM invoices WHERE paid = 0 AND issued_at < CURDATE() - INTERVAL 30 DAY
SELECT YEAR(placed_at) AS y, MONTH(placed_at) AS m, COUNT(*) AS n FROM orders GROUP BY YEAR(placed_at), MONTH(placed_at)
SELECT SUBSTRING(email, LOCATE('@', email) + 1) AS domain, COUNT(*) FROM users GROUP BY domain ORDER BY COUNT(*) DESC LIMIT 10
SELECT id, name FROM products WHERE MATCH_FLAG = 1 AND price > CAST(? AS DECIMAL(10,2))
SELECT id, CAST(total AS SIGNED) AS whole FROM orders WHERE id = ?
SELECT UNIX_TIMESTAMP(created_at) AS ts FROM users WHERE id = ?
SELECT NOW(), CURRENT_TIMESTAMP, CURDATE()
SELECT LAST_INSERT_ID()
SELECT id, name FROM categories ORDER BY position LIMIT 100
SELECT DISTINCT country FROM customers ORDER BY country
SELECT a.id, b.id FROM users a JOIN users b ON a.email = b.email AND a.id < b.id
SELECT id FROM posts WHERE title REGEXP ? LIMIT 50
SELECT id, LEFT(body, 200) AS excerpt FROM posts WHERE user_id = ? ORDER BY id DESC
SELECT COUNT(DISTINCT customer_id) FROM orders WHERE placed_at >= ?
SELECT id, GREATEST(price, ?) AS floor_price, LEAST(stock, ?) AS capped FROM products WHERE id IN (?, ?, ?, ?)
SELECT t.name, COUNT(*) AS uses FROM tags t JOIN post_tags pt ON pt.tag_id = t.id GROUP BY t.name HAVING uses > ? ORDER BY uses DESC
SELECT id FROM users WHERE status = ? UNION ALL SELECT id FROM customers WHERE country = ?
UPDATE users SET status = 'inactive', updated_at = NOW() WHERE last_login_at < ?
UPDATE posts SET published = TRUE WHERE id IN (?, ?, ?)
DELETE p FROM posts p JOIN users u ON u.id = p.user_id WHERE u.status = 'banned'
REPLACE INTO counters (name, value) VALUES (?, ?)
SELECT id, JSON_EXTRACT(payload, '$.type') AS kind FROM events WHERE created_at > ? LIMIT 500
SELECT o.id, COALESCE(SUM(oi.quantity), 0) AS items FROM orders o LEFT JOIN order_items oi ON oi.order_id = o.id WHERE o.customer_id = ? GROUP BY o.id
SELECT id, name FROM products ORDER BY RAND() LIMIT 5
SELECT * FROM `order_items` WHERE `order_id` = ? AND `product_id` = ? LIMIT 1
SELECT c.id, c.name, (SELECT COUNT(*) FROM orders o WHERE o.customer_id = c.id) AS orders FROM customers c WHERE c.country = ? LIMIT ?
SELECT id, total FROM orders WHERE total > (SELECT AVG(total) FROM orders) ORDER BY total DESC LIMIT 10
SELECT DATEDIFF(NOW(), created_at) AS age_days FROM users WHERE id = ?
SELECT id, TRIM(name) AS name, UPPER(sku) AS sku FROM products WHERE stock > 0
SELECT users.id, users.name, profiles.bio FROM users INNER JOIN profiles ON profiles.user_id = users.id WHERE users.id = ?
SELECT id FROM comments WHERE post_id = ? ORDER BY created_at LIMIT 50 OFFSET ?
SELECT SQL_NO_CACHE id FROM users WHERE email = ?
INSERT INTO audit_log (actor_id, action, target, created_at) VALUES (?, ?, ?, NOW())
INSERT INTO orders (customer_id, status, total, placed_at) SELECT customer_id, 'draft', 0, NOW() FROM carts WHERE id = ?
UPDATE invoices SET paid = 1, paid_at = NOW() WHERE number = ? AND paid = 0
DELETE FROM post_tags WHERE post_id = ? AND tag_id NOT IN (?, ?, ?)
SELECT ROUND(AVG(price), 2) AS avg_price, MIN(price), MAX(price) FROM products WHERE category_id = ?
SELECT id, name FROM users WHERE name LIKE ? ESCAPE '!' ORDER BY name LIMIT 25
SELECT o.*, c.email FROM orders o STRAIGHT_JOIN customers c ON c.id = o.customer_id WHERE o.id = ?
SELECT id FROM users WHERE id > ? ORDER BY id LIMIT 1000
SELECT e.id, e.name, m.name AS manager FROM employees e LEFT OUTER JOIN employees m ON m.id = e.manager_id WHERE e.department_id = ?
SELECT COUNT(*) AS n, status FROM orders GROUP BY status WITH ROLLUP
SELECT id, name, price * ? AS converted FROM products WHERE id = ?
SELECT id FROM events WHERE created_at >= TIMESTAMP(?) AND type IN ('click', 'view')
SELECT HEX(uuid) FROM devices WHERE user_id = ?
SELECT id, title FROM posts WHERE published = 1 AND (title LIKE ? OR body LIKE ?) ORDER BY created_at DESC LIMIT ?
"""

PG_HAND = r"""
-- hand-written: joins, aggregates, PostgreSQL features
SELECT u.id, u.name, COUNT(p.id) AS post_count FROM users u LEFT JOIN posts p ON p.user_id = u.id WHERE u.status = ? GROUP BY u.id, u.name HAVING COUNT(p.id) > ? ORDER BY post_count DESC LIMIT ?
SELECT o.id, o.total, c.name FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.placed_at >= ? AND o.placed_at < ? ORDER BY o.placed_at DESC LIMIT ? OFFSET ?
SELECT * FROM "products" WHERE "name" ILIKE '%' || ? || '%' ORDER BY "name" LIMIT 20
SELECT id, COALESCE(nickname, name) AS display_name FROM users WHERE id = ?
SELECT to_char(placed_at, 'YYYY-MM') AS month, SUM(total) AS revenue FROM orders WHERE placed_at >= ? GROUP BY to_char(placed_at, 'YYYY-MM') ORDER BY month
SELECT p.id, p.title, string_agg(t.name, ', ' ORDER BY t.name) AS tags FROM posts p JOIN post_tags pt ON pt.post_id = p.id JOIN tags t ON t.id = pt.tag_id WHERE p.published = TRUE GROUP BY p.id, p.title LIMIT ?
INSERT INTO page_views (page_id, day, views) VALUES (?, ?, 1) ON CONFLICT (page_id, day) DO UPDATE SET views = page_views.views + 1
INSERT INTO user_settings (user_id, name, value) VALUES (?, ?, ?) ON CONFLICT (user_id, name) DO UPDATE SET value = EXCLUDED.value
INSERT INTO post_tags (post_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING
INSERT INTO tags (name, slug) VALUES (?, ?), (?, ?), (?, ?)
INSERT INTO users (name, email, status, created_at) VALUES (?, ?, ?, now()) RETURNING id
SELECT id, name FROM users WHERE created_at > now() - ? * INTERVAL '1 day' ORDER BY created_at DESC
SELECT COUNT(*) FROM orders WHERE status = 'paid' AND placed_at BETWEEN ? AND ?
SELECT id, total, CASE WHEN total > ? THEN 'large' ELSE 'small' END AS size FROM orders WHERE customer_id = ?
SELECT id, CASE WHEN stock = 0 THEN 'out' WHEN stock < ? THEN 'low' ELSE 'ok' END AS level FROM products WHERE category_id = ?
SELECT * FROM orders WHERE id = ? FOR UPDATE
SELECT * FROM jobs WHERE state = 'queued' ORDER BY id LIMIT 10 FOR UPDATE SKIP LOCKED
UPDATE products SET stock = stock - ? WHERE id = ? AND stock >= ?
UPDATE orders o SET status = ? FROM customers c WHERE c.id = o.customer_id AND c.country = ? AND o.status = ?
DELETE FROM sessions WHERE expires_at < now()
SELECT p.* FROM posts p WHERE EXISTS (SELECT 1 FROM comments c WHERE c.post_id = p.id AND c.user_id = ?) ORDER BY p.created_at DESC LIMIT 10
SELECT * FROM products WHERE category_id IN (SELECT id FROM categories WHERE parent_id = ?) AND price <= ?
SELECT c.name, SUM(oi.quantity * oi.unit_price) AS amount FROM order_items oi JOIN products p ON p.id = oi.product_id JOIN categories c ON c.id = p.category_id GROUP BY c.name ORDER BY amount DESC LIMIT 5
WITH recent AS (SELECT customer_id, MAX(placed_at) AS last_order FROM orders GROUP BY customer_id) SELECT c.id, c.name, r.last_order FROM customers c JOIN recent r ON r.customer_id = c.id WHERE r.last_order < ?
WITH RECURSIVE tree AS (SELECT id, parent_id, name FROM categories WHERE id = ? UNION ALL SELECT c.id, c.parent_id, c.name FROM categories c JOIN tree t ON c.parent_id = t.id) SELECT * FROM tree
SELECT id, customer_id, total, ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY placed_at DESC) AS rn FROM orders WHERE placed_at >= ?
SELECT id, total, SUM(total) OVER (ORDER BY placed_at ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running FROM orders WHERE customer_id = ?
SELECT "u"."id", "u"."email" FROM "users" "u" WHERE "u"."email" = lower(?) AND "u"."status" <> 'banned'
SELECT first_name || ' ' || last_name AS full_name FROM employees WHERE department_id = ? ORDER BY last_name, first_name
SELECT id FROM invoices WHERE paid = FALSE AND issued_at < CURRENT_DATE - INTERVAL '30 days'
SELECT EXTRACT(YEAR FROM placed_at) AS y, EXTRACT(MONTH FROM placed_at) AS m, COUNT(*) AS n FROM orders GROUP BY 1, 2
SELECT split_part(email, '@', 2) AS domain, COUNT(*) FROM users GROUP BY 1 ORDER BY 2 DESC LIMIT 10
SELECT id, name FROM products WHERE price > CAST(? AS NUMERIC(10,2))
SELECT id, total::integer AS whole FROM orders WHERE id = ?
SELECT EXTRACT(EPOCH FROM created_at) AS ts FROM users WHERE id = ?
SELECT now(), CURRENT_TIMESTAMP, CURRENT_DATE
SELECT id, name FROM categories ORDER BY position LIMIT 100
SELECT DISTINCT country FROM customers ORDER BY country
SELECT DISTINCT ON (customer_id) customer_id, id, placed_at FROM orders ORDER BY customer_id, placed_at DESC
SELECT a.id, b.id FROM users a JOIN users b ON a.email = b.email AND a.id < b.id
SELECT id FROM posts WHERE title ~ ? LIMIT 50
SELECT id, left(body, 200) AS excerpt FROM posts WHERE user_id = ? ORDER BY id DESC
SELECT COUNT(DISTINCT customer_id) FROM orders WHERE placed_at >= ?
SELECT id, GREATEST(price, ?) AS floor_price, LEAST(stock, ?) AS capped FROM products WHERE id IN (?, ?, ?, ?)
SELECT t.name, COUNT(*) AS uses FROM tags t JOIN post_tags pt ON pt.tag_id = t.id GROUP BY t.name HAVING COUNT(*) > ? ORDER BY uses DESC
SELECT id FROM users WHERE status = ? UNION ALL SELECT id FROM customers WHERE country = ?
UPDATE users SET status = 'inactive', updated_at = now() WHERE last_login_at < ?
UPDATE posts SET published = TRUE WHERE id IN (?, ?, ?)
UPDATE users SET name = ? WHERE id = ? RETURNING id, name, updated_at
DELETE FROM posts p USING users u WHERE u.id = p.user_id AND u.status = 'banned'
DELETE FROM sessions WHERE id = ? RETURNING user_id
SELECT id, payload->>'type' AS kind FROM events WHERE created_at > ? LIMIT 500
SELECT o.id, COALESCE(SUM(oi.quantity), 0) AS items FROM orders o LEFT JOIN order_items oi ON oi.order_id = o.id WHERE o.customer_id = ? GROUP BY o.id
SELECT id, name FROM products ORDER BY random() LIMIT 5
SELECT * FROM "order_items" WHERE "order_id" = ? AND "product_id" = ? LIMIT 1
SELECT c.id, c.name, (SELECT COUNT(*) FROM orders o WHERE o.customer_id = c.id) AS orders FROM customers c WHERE c.country = ? LIMIT ?
SELECT id, total FROM orders WHERE total > (SELECT AVG(total) FROM orders) ORDER BY total DESC LIMIT 10
SELECT CURRENT_DATE - created_at::date AS age_days FROM users WHERE id = ?
SELECT id, trim(name) AS name, upper(sku) AS sku FROM products WHERE stock > 0
SELECT users.id, users.name, profiles.bio FROM users INNER JOIN profiles ON profiles.user_id = users.id WHERE users.id = ?
SELECT id FROM comments WHERE post_id = ? ORDER BY created_at LIMIT 50 OFFSET ?
INSERT INTO audit_log (actor_id, action, target, created_at) VALUES (?, ?, ?, now())
INSERT INTO orders (customer_id, status, total, placed_at) SELECT customer_id, 'draft', 0, now() FROM carts WHERE id = ?
UPDATE invoices SET paid = TRUE, paid_at = now() WHERE number = ? AND paid = FALSE
DELETE FROM post_tags WHERE post_id = ? AND tag_id NOT IN (?, ?, ?)
SELECT round(AVG(price), 2) AS avg_price, MIN(price), MAX(price) FROM products WHERE category_id = ?
SELECT id, name FROM users WHERE name LIKE ? ESCAPE '!' ORDER BY name LIMIT 25
SELECT id FROM users WHERE id > ? ORDER BY id LIMIT 1000
SELECT e.id, e.name, m.name AS manager FROM employees e LEFT OUTER JOIN employees m ON m.id = e.manager_id WHERE e.department_id = ?
SELECT id, name, price * ? AS converted FROM products WHERE id = ?
SELECT id FROM events WHERE created_at >= CAST(? AS TIMESTAMP) AND type IN ('click', 'view')
SELECT id, title FROM posts WHERE published = TRUE AND (title ILIKE ? OR body ILIKE ?) ORDER BY created_at DESC LIMIT ?
SELECT id FROM products WHERE tags @> ARRAY[?]::text[]
SELECT id, name FROM users WHERE id = ANY(?)
SELECT COUNT(*) FILTER (WHERE status = 'paid') AS paid, COUNT(*) AS total FROM orders WHERE customer_id = ?
SELECT id FROM users WHERE email IS NOT DISTINCT FROM ?
SELECT date_trunc('day', placed_at) AS day, SUM(total) FROM orders GROUP BY 1 ORDER BY 1
SELECT currval('users_id_seq')
SELECT id, name FROM users ORDER BY name NULLS LAST LIMIT ?
"""


def hand(block):
    return [l.strip() for l in block.strip().splitlines() if l.strip() and not l.startswith("--")]


def write(dialect, hand_block):
    groups = [
        ("Rails ActiveRecord shapes", orm_rails(dialect)),
        ("Hibernate shapes", orm_hibernate(dialect)),
        ("Hibernate 6 shapes", orm_hibernate6(dialect)),
        ("MyBatis-Plus shapes", orm_mybatis_plus(dialect)),
        ("Django shapes", orm_django(dialect)),
        ("hand-written", hand(hand_block)),
    ]
    n = sum(len(g) for _, g in groups)
    path = os.path.join(os.path.dirname(__file__), "..", "src", "main", "resources", "corpus", dialect + ".sql")
    with open(path, "w") as f:
        f.write("-- Translation corpus, %s dialect, %d statements, one per line (written by tools/make_corpus.py).\n"
                % (dialect, n))
        for name, stmts in groups:
            f.write("-- %s\n" % name)
            for s in stmts:
                f.write(s + "\n")
    print(dialect, n)


write("mysql", MYSQL_HAND)
write("postgresql", PG_HAND)
