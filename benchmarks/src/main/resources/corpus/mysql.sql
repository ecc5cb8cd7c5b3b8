-- Translation corpus, mysql dialect, 225 statements, one per line (written by tools/make_corpus.py).
-- Rails ActiveRecord shapes
SELECT `users`.* FROM `users` WHERE `users`.`id` = ? LIMIT ?
INSERT INTO `users` (`name`, `email`, `status`, `created_at`, `updated_at`) VALUES (?, ?, ?, ?, ?)
UPDATE `users` SET `name` = ?, `email` = ? WHERE `users`.`id` = ?
DELETE FROM `users` WHERE `users`.`id` = ?
SELECT 1 AS one FROM `users` WHERE `users`.`email` = ? LIMIT ?
SELECT COUNT(*) FROM `users` WHERE `users`.`id` IN (?, ?, ?)
SELECT `posts`.* FROM `posts` WHERE `posts`.`id` = ? LIMIT ?
SELECT `posts`.* FROM `posts` WHERE `posts`.`user_id` = ? ORDER BY `posts`.`created_at` DESC LIMIT ? OFFSET ?
INSERT INTO `posts` (`user_id`, `title`, `body`, `published`, `created_at`, `updated_at`) VALUES (?, ?, ?, ?, ?, ?)
UPDATE `posts` SET `user_id` = ?, `title` = ? WHERE `posts`.`id` = ?
DELETE FROM `posts` WHERE `posts`.`id` = ?
SELECT 1 AS one FROM `posts` WHERE `posts`.`title` = ? LIMIT ?
SELECT COUNT(*) FROM `posts` WHERE `posts`.`id` IN (?, ?, ?)
SELECT `comments`.* FROM `comments` WHERE `comments`.`id` = ? LIMIT ?
SELECT `comments`.* FROM `comments` WHERE `comments`.`post_id` = ? ORDER BY `comments`.`created_at` DESC LIMIT ? OFFSET ?
INSERT INTO `comments` (`post_id`, `user_id`, `body`, `created_at`) VALUES (?, ?, ?, ?)
UPDATE `comments` SET `post_id` = ?, `user_id` = ? WHERE `comments`.`id` = ?
DELETE FROM `comments` WHERE `comments`.`id` = ?
SELECT 1 AS one FROM `comments` WHERE `comments`.`body` = ? LIMIT ?
SELECT COUNT(*) FROM `comments` WHERE `comments`.`id` IN (?, ?, ?)
SELECT `orders`.* FROM `orders` WHERE `orders`.`id` = ? LIMIT ?
SELECT `orders`.* FROM `orders` WHERE `orders`.`customer_id` = ? ORDER BY `orders`.`placed_at` DESC LIMIT ? OFFSET ?
INSERT INTO `orders` (`customer_id`, `status`, `total`, `placed_at`) VALUES (?, ?, ?, ?)
UPDATE `orders` SET `customer_id` = ?, `status` = ? WHERE `orders`.`id` = ?
DELETE FROM `orders` WHERE `orders`.`id` = ?
SELECT 1 AS one FROM `orders` WHERE `orders`.`status` = ? LIMIT ?
SELECT COUNT(*) FROM `orders` WHERE `orders`.`id` IN (?, ?, ?)
SELECT `order_items`.* FROM `order_items` WHERE `order_items`.`id` = ? LIMIT ?
SELECT `order_items`.* FROM `order_items` WHERE `order_items`.`order_id` = ? ORDER BY `order_items`.`id` DESC LIMIT ? OFFSET ?
INSERT INTO `order_items` (`order_id`, `product_id`, `quantity`, `unit_price`) VALUES (?, ?, ?, ?)
UPDATE `order_items` SET `order_id` = ?, `product_id` = ? WHERE `order_items`.`id` = ?
DELETE FROM `order_items` WHERE `order_items`.`id` = ?
SELECT COUNT(*) FROM `order_items` WHERE `order_items`.`id` IN (?, ?, ?)
SELECT `products`.* FROM `products` WHERE `products`.`id` = ? LIMIT ?
SELECT `products`.* FROM `products` WHERE `products`.`category_id` = ? ORDER BY `products`.`name` DESC LIMIT ? OFFSET ?
INSERT INTO `products` (`category_id`, `sku`, `name`, `price`, `stock`) VALUES (?, ?, ?, ?, ?)
UPDATE `products` SET `category_id` = ?, `sku` = ? WHERE `products`.`id` = ?
DELETE FROM `products` WHERE `products`.`id` = ?
SELECT 1 AS one FROM `products` WHERE `products`.`sku` = ? LIMIT ?
SELECT COUNT(*) FROM `products` WHERE `products`.`id` IN (?, ?, ?)
SELECT `customers`.* FROM `customers` WHERE `customers`.`id` = ? LIMIT ?
INSERT INTO `customers` (`name`, `email`, `country`, `created_at`) VALUES (?, ?, ?, ?)
UPDATE `customers` SET `name` = ?, `email` = ? WHERE `customers`.`id` = ?
DELETE FROM `customers` WHERE `customers`.`id` = ?
SELECT 1 AS one FROM `customers` WHERE `customers`.`email` = ? LIMIT ?
SELECT COUNT(*) FROM `customers` WHERE `customers`.`id` IN (?, ?, ?)
SELECT `categories`.* FROM `categories` WHERE `categories`.`id` = ? LIMIT ?
SELECT `categories`.* FROM `categories` WHERE `categories`.`parent_id` = ? ORDER BY `categories`.`position` DESC LIMIT ? OFFSET ?
INSERT INTO `categories` (`parent_id`, `name`, `position`) VALUES (?, ?, ?)
UPDATE `categories` SET `parent_id` = ?, `name` = ? WHERE `categories`.`id` = ?
DELETE FROM `categories` WHERE `categories`.`id` = ?
SELECT 1 AS one FROM `categories` WHERE `categories`.`name` = ? LIMIT ?
SELECT COUNT(*) FROM `categories` WHERE `categories`.`id` IN (?, ?, ?)
SELECT `tags`.* FROM `tags` WHERE `tags`.`id` = ? LIMIT ?
INSERT INTO `tags` (`name`, `slug`) VALUES (?, ?)
UPDATE `tags` SET `name` = ?, `slug` = ? WHERE `tags`.`id` = ?
DELETE FROM `tags` WHERE `tags`.`id` = ?
SELECT 1 AS one FROM `tags` WHERE `tags`.`slug` = ? LIMIT ?
SELECT COUNT(*) FROM `tags` WHERE `tags`.`id` IN (?, ?, ?)
SELECT `invoices`.* FROM `invoices` WHERE `invoices`.`id` = ? LIMIT ?
SELECT `invoices`.* FROM `invoices` WHERE `invoices`.`order_id` = ? ORDER BY `invoices`.`issued_at` DESC LIMIT ? OFFSET ?
INSERT INTO `invoices` (`order_id`, `number`, `amount`, `issued_at`, `paid`) VALUES (?, ?, ?, ?, ?)
UPDATE `invoices` SET `order_id` = ?, `number` = ? WHERE `invoices`.`id` = ?
DELETE FROM `invoices` WHERE `invoices`.`id` = ?
SELECT 1 AS one FROM `invoices` WHERE `invoices`.`number` = ? LIMIT ?
SELECT COUNT(*) FROM `invoices` WHERE `invoices`.`id` IN (?, ?, ?)
-- Hibernate shapes
select user0_.id as id1_0_, user0_.name as name2_0_, user0_.email as email3_0_, user0_.status as status4_0_, user0_.created_at as created_5_0_, user0_.updated_at as updated_6_0_ from users user0_ where user0_.id=?
update users set name=?, email=?, status=?, created_at=?, updated_at=? where id=?
insert into users (name, email, status, created_at, updated_at) values (?, ?, ?, ?, ?)
select post0_.id as id1_1_, post0_.user_id as user_id2_1_, post0_.title as title3_1_, post0_.body as body4_1_, post0_.published as publishe5_1_, post0_.created_at as created_6_1_, post0_.updated_at as updated_7_1_ from posts post0_ where post0_.id=?
select post0_.id as id1_1_, post0_.user_id as user_id2_1_, post0_.title as title3_1_, post0_.body as body4_1_, post0_.published as publishe5_1_, post0_.created_at as created_6_1_, post0_.updated_at as updated_7_1_ from posts post0_ where post0_.user_id=? order by post0_.created_at asc limit ?
update posts set user_id=?, title=?, body=?, published=?, created_at=?, updated_at=? where id=?
insert into posts (user_id, title, body, published, created_at, updated_at) values (?, ?, ?, ?, ?, ?)
select comment0_.id as id1_2_, comment0_.post_id as post_id2_2_, comment0_.user_id as user_id3_2_, comment0_.body as body4_2_, comment0_.created_at as created_5_2_ from comments comment0_ where comment0_.id=?
select comment0_.id as id1_2_, comment0_.post_id as post_id2_2_, comment0_.user_id as user_id3_2_, comment0_.body as body4_2_, comment0_.created_at as created_5_2_ from comments comment0_ where comment0_.post_id=? order by comment0_.created_at asc limit ?
update comments set post_id=?, user_id=?, body=?, created_at=? where id=?
insert into comments (post_id, user_id, body, created_at) values (?, ?, ?, ?)
select order0_.id as id1_3_, order0_.customer_id as customer2_3_, order0_.status as status3_3_, order0_.total as total4_3_, order0_.placed_at as placed_a5_3_ from orders order0_ where order0_.id=?
select order0_.id as id1_3_, order0_.customer_id as customer2_3_, order0_.status as status3_3_, order0_.total as total4_3_, order0_.placed_at as placed_a5_3_ from orders order0_ where order0_.customer_id=? order by order0_.placed_at asc limit ?
update orders set customer_id=?, status=?, total=?, placed_at=? where id=?
insert into orders (customer_id, status, total, placed_at) values (?, ?, ?, ?)
select orderite0_.id as id1_4_, orderite0_.order_id as order_id2_4_, orderite0_.product_id as product_3_4_, orderite0_.quantity as quantity4_4_, orderite0_.unit_price as unit_pri5_4_ from order_items orderite0_ where orderite0_.id=?
select orderite0_.id as id1_4_, orderite0_.order_id as order_id2_4_, orderite0_.product_id as product_3_4_, orderite0_.quantity as quantity4_4_, orderite0_.unit_price as unit_pri5_4_ from order_items orderite0_ where orderite0_.order_id=? order by orderite0_.id asc limit ?
update order_items set order_id=?, product_id=?, quantity=?, unit_price=? where id=?
insert into order_items (order_id, product_id, quantity, unit_price) values (?, ?, ?, ?)
select product0_.id as id1_5_, product0_.category_id as category2_5_, product0_.sku as sku3_5_, product0_.name as name4_5_, product0_.price as price5_5_, product0_.stock as stock6_5_ from products product0_ where product0_.id=?
select product0_.id as id1_5_, product0_.category_id as category2_5_, product0_.sku as sku3_5_, product0_.name as name4_5_, product0_.price as price5_5_, product0_.stock as stock6_5_ from products product0_ where product0_.category_id=? order by product0_.name asc limit ?
update products set category_id=?, sku=?, name=?, price=?, stock=? where id=?
insert into products (category_id, sku, name, price, stock) values (?, ?, ?, ?, ?)
select customer0_.id as id1_6_, customer0_.name as name2_6_, customer0_.email as email3_6_, customer0_.country as country4_6_, customer0_.created_at as created_5_6_ from customers customer0_ where customer0_.id=?
update customers set name=?, email=?, country=?, created_at=? where id=?
insert into customers (name, email, country, created_at) values (?, ?, ?, ?)
select categori0_.id as id1_7_, categori0_.parent_id as parent_i2_7_, categori0_.name as name3_7_, categori0_.position as position4_7_ from categories categori0_ where categori0_.id=?
select categori0_.id as id1_7_, categori0_.parent_id as parent_i2_7_, categori0_.name as name3_7_, categori0_.position as position4_7_ from categories categori0_ where categori0_.parent_id=? order by categori0_.position asc limit ?
update categories set parent_id=?, name=?, position=? where id=?
insert into categories (parent_id, name, position) values (?, ?, ?)
select tag0_.id as id1_8_, tag0_.name as name2_8_, tag0_.slug as slug3_8_ from tags tag0_ where tag0_.id=?
update tags set name=?, slug=? where id=?
insert into tags (name, slug) values (?, ?)
select invoice0_.id as id1_9_, invoice0_.order_id as order_id2_9_, invoice0_.number as number3_9_, invoice0_.amount as amount4_9_, invoice0_.issued_at as issued_a5_9_, invoice0_.paid as paid6_9_ from invoices invoice0_ where invoice0_.id=?
select invoice0_.id as id1_9_, invoice0_.order_id as order_id2_9_, invoice0_.number as number3_9_, invoice0_.amount as amount4_9_, invoice0_.issued_at as issued_a5_9_, invoice0_.paid as paid6_9_ from invoices invoice0_ where invoice0_.order_id=? order by invoice0_.issued_at asc limit ?
update invoices set order_id=?, number=?, amount=?, issued_at=?, paid=? where id=?
insert into invoices (order_id, number, amount, issued_at, paid) values (?, ?, ?, ?, ?)
-- Hibernate 6 shapes
select u1_0.id,u1_0.name,u1_0.email,u1_0.status,u1_0.created_at,u1_0.updated_at from users u1_0 where u1_0.email=?
select count(u1_0.id) from users u1_0 where u1_0.created_at>=?
select p1_0.id,p1_0.user_id,p1_0.title,p1_0.body,p1_0.published,p1_0.created_at,p1_0.updated_at from posts p1_0 where p1_0.title=?
select count(p1_0.id) from posts p1_0 where p1_0.created_at>=?
select c1_0.id,c1_0.post_id,c1_0.user_id,c1_0.body,c1_0.created_at from comments c1_0 where c1_0.body=?
select count(c1_0.id) from comments c1_0 where c1_0.created_at>=?
select o1_0.id,o1_0.customer_id,o1_0.status,o1_0.total,o1_0.placed_at from orders o1_0 where o1_0.status=?
select count(o1_0.id) from orders o1_0 where o1_0.placed_at>=?
select count(o1_0.id) from order_items o1_0 where o1_0.id>=?
select p1_0.id,p1_0.category_id,p1_0.sku,p1_0.name,p1_0.price,p1_0.stock from products p1_0 where p1_0.sku=?
select count(p1_0.id) from products p1_0 where p1_0.name>=?
select c1_0.id,c1_0.name,c1_0.email,c1_0.country,c1_0.created_at from customers c1_0 where c1_0.email=?
select count(c1_0.id) from customers c1_0 where c1_0.name>=?
select c1_0.id,c1_0.parent_id,c1_0.name,c1_0.position from categories c1_0 where c1_0.name=?
select count(c1_0.id) from categories c1_0 where c1_0.position>=?
select t1_0.id,t1_0.name,t1_0.slug from tags t1_0 where t1_0.slug=?
select count(t1_0.id) from tags t1_0 where t1_0.name>=?
select i1_0.id,i1_0.order_id,i1_0.number,i1_0.amount,i1_0.issued_at,i1_0.paid from invoices i1_0 where i1_0.number=?
select count(i1_0.id) from invoices i1_0 where i1_0.issued_at>=?
-- MyBatis-Plus shapes
SELECT id,name,email,status,created_at,updated_at FROM users WHERE id=?
SELECT COUNT( * ) AS total FROM users WHERE (name = ?)
SELECT id,user_id,title,body,published,created_at,updated_at FROM posts WHERE id=?
SELECT COUNT( * ) AS total FROM posts WHERE (user_id = ?)
SELECT id,post_id,user_id,body,created_at FROM comments WHERE id=?
SELECT COUNT( * ) AS total FROM comments WHERE (post_id = ?)
SELECT id,customer_id,status,total,placed_at FROM orders WHERE id=?
SELECT COUNT( * ) AS total FROM orders WHERE (customer_id = ?)
SELECT id,order_id,product_id,quantity,unit_price FROM order_items WHERE id=?
SELECT COUNT( * ) AS total FROM order_items WHERE (order_id = ?)
SELECT id,category_id,sku,name,price,stock FROM products WHERE id=?
SELECT COUNT( * ) AS total FROM products WHERE (category_id = ?)
SELECT id,name,email,country,created_at FROM customers WHERE id=?
SELECT COUNT( * ) AS total FROM customers WHERE (name = ?)
SELECT id,parent_id,name,position FROM categories WHERE id=?
SELECT COUNT( * ) AS total FROM categories WHERE (parent_id = ?)
SELECT id,name,slug FROM tags WHERE id=?
SELECT COUNT( * ) AS total FROM tags WHERE (name = ?)
SELECT id,order_id,number,amount,issued_at,paid FROM invoices WHERE id=?
SELECT COUNT( * ) AS total FROM invoices WHERE (order_id = ?)
-- Django shapes
SELECT `app_users`.`id`, `app_users`.`name`, `app_users`.`email`, `app_users`.`status`, `app_users`.`created_at`, `app_users`.`updated_at` FROM `app_users` WHERE `app_users`.`id` = ? LIMIT 21
SELECT `app_users`.`id`, `app_users`.`name`, `app_users`.`email`, `app_users`.`status`, `app_users`.`created_at`, `app_users`.`updated_at` FROM `app_users` WHERE `app_users`.`email` LIKE ? ORDER BY `app_users`.`created_at` ASC
SELECT `app_posts`.`id`, `app_posts`.`user_id`, `app_posts`.`title`, `app_posts`.`body`, `app_posts`.`published`, `app_posts`.`created_at`, `app_posts`.`updated_at` FROM `app_posts` WHERE `app_posts`.`id` = ? LIMIT 21
SELECT `app_posts`.`id`, `app_posts`.`user_id`, `app_posts`.`title`, `app_posts`.`body`, `app_posts`.`published`, `app_posts`.`created_at`, `app_posts`.`updated_at` FROM `app_posts` WHERE `app_posts`.`title` LIKE ? ORDER BY `app_posts`.`created_at` ASC
SELECT `app_comments`.`id`, `app_comments`.`post_id`, `app_comments`.`user_id`, `app_comments`.`body`, `app_comments`.`created_at` FROM `app_comments` WHERE `app_comments`.`id` = ? LIMIT 21
SELECT `app_comments`.`id`, `app_comments`.`post_id`, `app_comments`.`user_id`, `app_comments`.`body`, `app_comments`.`created_at` FROM `app_comments` WHERE `app_comments`.`body` LIKE ? ORDER BY `app_comments`.`created_at` ASC
SELECT `app_orders`.`id`, `app_orders`.`customer_id`, `app_orders`.`status`, `app_orders`.`total`, `app_orders`.`placed_at` FROM `app_orders` WHERE `app_orders`.`id` = ? LIMIT 21
SELECT `app_orders`.`id`, `app_orders`.`customer_id`, `app_orders`.`status`, `app_orders`.`total`, `app_orders`.`placed_at` FROM `app_orders` WHERE `app_orders`.`status` LIKE ? ORDER BY `app_orders`.`placed_at` ASC
SELECT `app_order_items`.`id`, `app_order_items`.`order_id`, `app_order_items`.`product_id`, `app_order_items`.`quantity`, `app_order_items`.`unit_price` FROM `app_order_items` WHERE `app_order_items`.`id` = ? LIMIT 21
SELECT `app_products`.`id`, `app_products`.`category_id`, `app_products`.`sku`, `app_products`.`name`, `app_products`.`price`, `app_products`.`stock` FROM `app_products` WHERE `app_products`.`id` = ? LIMIT 21
SELECT `app_products`.`id`, `app_products`.`category_id`, `app_products`.`sku`, `app_products`.`name`, `app_products`.`price`, `app_products`.`stock` FROM `app_products` WHERE `app_products`.`sku` LIKE ? ORDER BY `app_products`.`name` ASC
-- hand-written
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
