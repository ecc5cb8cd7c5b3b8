package com.rhosocial.activerecord.cli;

import com.rhosocial.activerecord.Finder;
import com.rhosocial.activerecord.backend.Masking;
import com.rhosocial.activerecord.cli.demo.Customer;
import com.rhosocial.activerecord.cli.demo.Order;
import com.rhosocial.activerecord.cli.demo.Product;
import com.rhosocial.activerecord.cli.report.TextTable;
import com.rhosocial.activerecord.config.DataSourceDefinition;
import com.rhosocial.activerecord.jdbc.ActiveRecordDataSource;
import com.rhosocial.activerecord.query.Query;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import static com.rhosocial.activerecord.query.Col.col;

/**
 * Part 2 of the demo: ActiveRecord models on the legacy program's datasource. They read what the legacy code wrote,
 * write what the legacy code then reads (through its own {@code jdbc:activerecord:} URL), update with dirty
 * tracking, and roll a transaction back in which legacy JDBC took part. Each step that fails is reported and the
 * demo goes on.
 */
final class DemoModels {

    /** Thrown inside the demo transaction to roll it back. */
    private static final class Rollback extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Rollback() {
            super("roll back", null, false, false);
        }
    }

    private final DemoCommand.Target target;
    private final PrintWriter out;
    private int failures;

    private DemoModels(DemoCommand.Target target, PrintWriter out) {
        this.target = target;
        this.out = out;
    }

    /** Runs part 2; returns true when the models ran (false when they could not even be configured). */
    static boolean run(DemoCommand.Target target, PrintWriter out) {
        return new DemoModels(target, out).run();
    }

    private boolean run() {
        DataSourceDefinition def = target.definition();
        try {
            if (target.configuredByName()) {
                // One data source object for the three models. (Finder.configure(name) would do as well in an
                // application; the facade caches datasources by name for the life of the JVM, and an in-process
                // caller of this command may run it with another activerecord.yaml next time.)
                ActiveRecordDataSource ds = ActiveRecordDataSource.named(def.name());
                for (Finder<?> f : List.of(Customer.FIND, Product.FIND, Order.FIND)) {
                    f.configure(ds);
                }
                out.printf(Locale.ROOT, "  Customer.FIND.configure(ActiveRecordDataSource.named(\"%s\"))  (and Product, Order alike)%n",
                        def.name());
            } else {
                for (Finder<?> f : List.of(Customer.FIND, Product.FIND, Order.FIND)) {
                    f.configure(def.connection(), def.backend().getClass());
                }
                out.printf(Locale.ROOT, "  Customer.FIND.configure(ConnectionConfig.builder().database(\"%s\").build(), %s.class)%n",
                        def.connection().database(), def.backend().getClass().getSimpleName());
                out.println("  (and Product, Order alike)");
            }
        } catch (RuntimeException e) {
            out.println("  FAILED to configure the models: " + Masking.maskText(String.valueOf(e.getMessage())));
            return false;
        }

        step("Models read what the legacy program wrote", () -> {
            out.println("    Customer.FIND.count() = " + Customer.FIND.count());
            Query<Customer> q = Customer.FIND.where(col("city").eq("London")).orderBy("name");
            out.println("    SQL for " + target.dialect().id() + ": " + q.toSql() + "   parameters " + q.params());
            TextTable t = new TextTable("id", "name", "email");
            q.list().forEach(c -> t.row(c.id, c.name, c.email));
            t.print(out, "    ");
        });

        Customer[] created = new Customer[1];
        step("A model writes; the legacy code reads it through its own JDBC URL", () -> {
            Customer c = new Customer();
            c.name = "Margaret Hamilton";
            c.email = "margaret@example.com";
            c.city = "Boston";
            c.saveOrFail();
            created[0] = c;
            out.println("    new Customer saved, generated id " + c.id);
            Order o = new Order();
            o.customerId = c.id;
            o.sku = "KB-1";
            o.quantity = 2;
            o.orderedAt = LocalDateTime.of(2024, 3, 20, 12, 0);
            o.saveOrFail();
            out.println("    new Order saved, generated id " + o.id);
            legacyQuery("SELECT c.`name`, o.`sku`, o.`quantity` FROM `ar_demo_orders` o "
                    + "JOIN `ar_demo_customers` c ON c.`id` = o.`customer_id` WHERE c.`id` = ?", c.id);
        });

        step("Update with dirty tracking: only the changed column is written", () -> {
            Product p = Product.FIND.findOrFail("MS-1");
            p.stock = p.stock - 2;
            out.println("    Product MS-1 changed attributes: " + p.changedAttributes());
            p.saveOrFail();
            out.println("    stock now " + Product.FIND.findOrFail("MS-1").stock + "; products low on stock: "
                    + Product.FIND.where(col("stock").lt(5)).pluck("title"));
        });

        step("A transaction rolled back, with legacy JDBC inside it", () -> {
            long before = Customer.FIND.count();
            try {
                Customer.FIND.transaction(() -> {
                    Customer t = new Customer();
                    t.name = "Temporary";
                    t.city = "Nowhere";
                    t.saveOrFail();
                    long seen = legacyCount();
                    out.printf(Locale.ROOT, "    inside: model saved 'Temporary'; legacy JDBC counts %d customers%s%n", seen,
                            seen == before + 1 ? " (it joined the transaction)" : "");
                    throw new Rollback();
                });
            } catch (Rollback expected) {
                // the block's exception rolls the transaction back
            }
            out.printf(Locale.ROOT, "    after the rollback: Customer.FIND.count() = %d (was %d)%n", Customer.FIND.count(), before);
        });
        if (failures > 0) {
            out.printf(Locale.ROOT, "  %d model step%s failed.%n", failures, failures == 1 ? "" : "s");
        }
        return true;
    }

    /** One step of part 2, like {@code Runnable} but allowed to throw. */
    private interface Body {
        void run() throws Exception;
    }

    private void step(String title, Body body) {
        out.println();
        out.println("  " + title);
        try {
            body.run();
        } catch (Exception | LinkageError e) {
            failures++;
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            out.println("    FAILED - " + Masking.maskText(String.valueOf(e.getMessage()))
                    + (root != e ? " (" + Masking.maskText(String.valueOf(root.getMessage())) + ")" : ""));
        }
    }

    /** A query as the legacy program would run it: DriverManager, its URL, MySQL SQL. */
    private void legacyQuery(String sql, Object param) throws SQLException {
        out.println("    legacy JDBC: " + sql + "   [" + param + "]");
        try (Connection c = DriverManager.getConnection(target.legacyUrl());
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                TextTable.of(rs, 10).print(out, "    ");
            }
        }
    }

    private long legacyCount() throws SQLException {
        try (Connection c = DriverManager.getConnection(target.legacyUrl());
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM `ar_demo_customers`");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
