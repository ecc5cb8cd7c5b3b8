package com.rhosocial.activerecord.cli.demo;

import java.util.List;

/**
 * The legacy program of the demo: the JDBC calls of a small shop application written years ago for MySQL, with the
 * MySQL idioms such code is full of (backticks, {@code AUTO_INCREMENT}, {@code ENGINE=}, {@code LIMIT offset, count},
 * {@code IFNULL}, {@code CONCAT}, {@code DATE_FORMAT}, {@code NOW()}, {@code CURDATE()}, {@code GROUP_CONCAT ...
 * SEPARATOR}, {@code IF()}, {@code ON DUPLICATE KEY UPDATE}, {@code UPDATE ... LIMIT}). The SQL is never edited for
 * the target: only the JDBC URL changes. Tables carry an {@code ar_demo_} prefix so that running the demo against a
 * configured database cannot touch an application's own tables.
 */
public final class LegacyShop {

    /** The demo's tables, children first (the order to drop them in). */
    public static final List<String> TABLES = List.of("ar_demo_orders", "ar_demo_products", "ar_demo_customers");

    private LegacyShop() {
    }

    /** The program's JDBC calls, in order. */
    public static List<Step> steps() {
        return List.of(
                Step.ddl("Create the customers table",
                        "CREATE TABLE `ar_demo_customers` (\n"
                                + "  `id` INT NOT NULL AUTO_INCREMENT,\n"
                                + "  `name` VARCHAR(100) NOT NULL,\n"
                                + "  `email` VARCHAR(200) NULL,\n"
                                + "  `city` VARCHAR(60) NOT NULL,\n"
                                + "  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,\n"
                                + "  PRIMARY KEY (`id`)\n"
                                + ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4",
                        // SQLite, PostgreSQL, MySQL/MariaDB spellings of an auto-numbered key, tried in order.
                        "CREATE TABLE ar_demo_customers (id INTEGER PRIMARY KEY AUTOINCREMENT, name VARCHAR(100) NOT NULL, "
                                + "email VARCHAR(200), city VARCHAR(60) NOT NULL, "
                                + "created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL)",
                        "CREATE TABLE ar_demo_customers (id SERIAL PRIMARY KEY, name VARCHAR(100) NOT NULL, "
                                + "email VARCHAR(200), city VARCHAR(60) NOT NULL, "
                                + "created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL)"),
                Step.ddl("Create the products table",
                        "CREATE TABLE `ar_demo_products` (\n"
                                + "  `sku` VARCHAR(20) NOT NULL PRIMARY KEY,\n"
                                + "  `title` VARCHAR(100) NOT NULL,\n"
                                + "  `price` DECIMAL(10,2) NOT NULL,\n"
                                + "  `stock` INT NOT NULL DEFAULT 0\n"
                                + ") ENGINE=InnoDB",
                        "CREATE TABLE ar_demo_products (sku VARCHAR(20) NOT NULL PRIMARY KEY, title VARCHAR(100) NOT NULL, "
                                + "price DECIMAL(10,2) NOT NULL, stock INT DEFAULT 0 NOT NULL)"),
                Step.ddl("Create the orders table",
                        "CREATE TABLE `ar_demo_orders` (\n"
                                + "  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,\n"
                                + "  `customer_id` INT NOT NULL,\n"
                                + "  `sku` VARCHAR(20) NOT NULL,\n"
                                + "  `quantity` INT NOT NULL DEFAULT 1,\n"
                                + "  `ordered_at` DATETIME NOT NULL,\n"
                                + "  KEY `idx_ar_demo_orders_customer` (`customer_id`)\n"
                                + ") ENGINE=InnoDB",
                        "CREATE TABLE ar_demo_orders (id INTEGER PRIMARY KEY AUTOINCREMENT, customer_id INT NOT NULL, "
                                + "sku VARCHAR(20) NOT NULL, quantity INT DEFAULT 1 NOT NULL, ordered_at TIMESTAMP NOT NULL)",
                        "CREATE TABLE ar_demo_orders (id SERIAL PRIMARY KEY, customer_id INT NOT NULL, "
                                + "sku VARCHAR(20) NOT NULL, quantity INT DEFAULT 1 NOT NULL, ordered_at TIMESTAMP NOT NULL)"),
                Step.update("Register four customers",
                        "INSERT INTO `ar_demo_customers` (`name`, `email`, `city`) VALUES "
                                + "('Ada Lovelace', 'ada@example.com', 'London'), ('Grace Hopper', NULL, 'New York'), "
                                + "('Linus Torvalds', 'linus@example.com', 'Helsinki'), ('Alan Turing', NULL, 'London')"),
                Step.update("Stock three products",
                        "INSERT INTO `ar_demo_products` (`sku`, `title`, `price`, `stock`) VALUES "
                                + "('KB-1', 'Keyboard', 49.90, 10), ('MS-1', 'Mouse', 19.50, 25), ('MN-1', 'Monitor', 189.00, 4)"),
                Step.update("Record past orders",
                        "INSERT INTO `ar_demo_orders` (`customer_id`, `sku`, `quantity`, `ordered_at`) VALUES "
                                + "(1, 'KB-1', 1, '2024-01-15 10:00:00'), (1, 'MS-1', 2, '2024-01-20 16:30:00'), "
                                + "(2, 'MN-1', 1, '2024-02-03 09:15:00'), (3, 'KB-1', 2, '2024-02-28 18:45:00'), "
                                + "(4, 'MS-1', 1, '2024-03-05 11:00:00')"),
                Step.update("Record an order placed now",
                        "INSERT INTO `ar_demo_orders` (`customer_id`, `sku`, `quantity`, `ordered_at`) VALUES (2, 'MS-1', 3, NOW())"),
                Step.update("Restock a product that exists already (upsert)",
                        "INSERT INTO `ar_demo_products` (`sku`, `title`, `price`, `stock`) VALUES ('KB-1', 'Keyboard', 49.90, 5) "
                                + "ON DUPLICATE KEY UPDATE `stock` = `stock` + VALUES(`stock`)"),
                Step.query("Page 2 of the customer list, page size 2 (LIMIT offset, count with parameters)",
                        "SELECT `name`, IFNULL(`email`, 'no email') AS `contact` FROM `ar_demo_customers` ORDER BY `id` LIMIT ?, ?",
                        2, 2),
                Step.query("Customers in a city, formatted with CONCAT",
                        "SELECT CONCAT(`name`, ' (', `city`, ')') AS `customer` FROM `ar_demo_customers` WHERE `city` = ? ORDER BY `name`",
                        "London"),
                Step.query("Orders per month before today (DATE_FORMAT, CURDATE)",
                        "SELECT DATE_FORMAT(`ordered_at`, '%Y-%m') AS `month`, COUNT(*) AS `orders`, SUM(`quantity`) AS `items` "
                                + "FROM `ar_demo_orders` WHERE `ordered_at` < CURDATE() "
                                + "GROUP BY DATE_FORMAT(`ordered_at`, '%Y-%m') ORDER BY `month`"),
                Step.query("Customers per city (GROUP_CONCAT ... SEPARATOR)",
                        "SELECT `city`, COUNT(*) AS `customers`, GROUP_CONCAT(`name` ORDER BY `name` SEPARATOR ', ') AS `names` "
                                + "FROM `ar_demo_customers` GROUP BY `city` ORDER BY `city`"),
                Step.update("Sell one monitor (UPDATE ... LIMIT)",
                        "UPDATE `ar_demo_products` SET `stock` = `stock` - 1 WHERE `sku` = 'MN-1' LIMIT 1"),
                Step.query("Stock levels (IF)",
                        "SELECT p.`title`, p.`stock`, IF(p.`stock` < 5, 'reorder', 'ok') AS `status` "
                                + "FROM `ar_demo_products` p ORDER BY p.`title`"),
                Step.query("Best customers (joins, LIMIT)",
                        "SELECT c.`name`, SUM(o.`quantity` * p.`price`) AS `spent` FROM `ar_demo_orders` o "
                                + "JOIN `ar_demo_customers` c ON c.`id` = o.`customer_id` "
                                + "JOIN `ar_demo_products` p ON p.`sku` = o.`sku` "
                                + "GROUP BY c.`name` ORDER BY `spent` DESC LIMIT 3"));
    }
}
