package com.rhosocial.activerecord.crossdb.xa;

import com.arjuna.ats.arjuna.common.CoreEnvironmentBeanException;
import com.arjuna.ats.arjuna.common.ObjectStoreEnvironmentBean;
import com.arjuna.ats.arjuna.common.arjPropertyManager;
import com.arjuna.ats.arjuna.common.recoveryPropertyManager;
import com.arjuna.ats.arjuna.recovery.RecoveryManager;
import com.arjuna.ats.internal.jta.recovery.arjunacore.XARecoveryModule;
import com.arjuna.ats.internal.jta.transaction.arjunacore.TransactionSynchronizationRegistryImple;
import com.arjuna.ats.jta.common.jtaPropertyManager;
import com.arjuna.common.internal.util.propertyservice.BeanPopulator;
import com.rhosocial.activerecord.config.DataSourceDefinition;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.UserTransaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import javax.sql.XADataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JVM's one XA transaction manager: Narayana, configured from {@link XaSettings} (recovery log directory, node
 * identifier, timeout), with a recovery manager that knows every datasource used in an XA transaction. Plain JTA
 * for JDBC code: {@link #transactionManager()}, {@link #userTransaction()}, and {@link #dataSource} for connections
 * that enlist themselves in the current transaction.
 *
 * <p>Narayana keeps its configuration in JVM-wide singletons, so there is exactly one instance per JVM:
 * {@link #start} configures it on first call and returns the same instance afterwards; starting again with other
 * settings fails. Recovery: every datasource handed to {@link #dataSource} or {@link #registerForRecovery} is scanned
 * for in-doubt branches ({@code pg_prepared_xacts}, {@code XA RECOVER}); logged decisions are completed, branches of
 * this node without a log record are rolled back. {@link #recover()} runs one scan now (at start-up after a crash,
 * or in tests); with {@link XaSettings#backgroundRecovery()} a thread also scans every two minutes. Thread-safe.
 *
 * <pre>{@code
 * XaTransactionManager xa = XaTransactionManager.start(XaSettings.of(Path.of("/var/lib/app/tx-log")));
 * DataSource orders = xa.dataSource(config.require("orders_db"));
 * DataSource stock = xa.dataSource(config.require("stock_db"));
 * UserTransaction ut = xa.userTransaction();
 * ut.begin();
 * try (Connection a = orders.getConnection(); Connection b = stock.getConnection()) { ... }
 * ut.commit();
 * }</pre>
 */
public final class XaTransactionManager {

    private static final Logger LOG = LoggerFactory.getLogger(XaTransactionManager.class);

    private static XaTransactionManager instance;

    private final XaSettings settings;
    private final RecoveryManager recoveryManager;
    private final TransactionManager tm;
    private final UserTransaction ut;
    private final TransactionSynchronizationRegistry tsr;
    private final Map<String, XaRecoveryHelper> helpers = new ConcurrentHashMap<>();
    private final Map<String, EnlistingDataSource> dataSources = new ConcurrentHashMap<>();

    private XaTransactionManager(XaSettings settings) {
        this.settings = settings;
        configureNarayana(settings);
        this.recoveryManager = RecoveryManager.manager(settings.backgroundRecovery()
                ? RecoveryManager.INDIRECT_MANAGEMENT : RecoveryManager.DIRECT_MANAGEMENT);
        this.tm = com.arjuna.ats.jta.TransactionManager.transactionManager();
        this.ut = com.arjuna.ats.jta.UserTransaction.userTransaction();
        this.tsr = new TransactionSynchronizationRegistryImple();
    }

    /**
     * Configures and starts the transaction manager, or returns the running one when {@code settings} are equal.
     *
     * @throws IllegalStateException when it already runs with other settings (Narayana cannot be reconfigured)
     * @throws UncheckedIOException  when the log directory cannot be created
     */
    public static synchronized XaTransactionManager start(XaSettings settings) {
        if (instance != null) {
            if (!instance.settings.equals(settings)) {
                throw new IllegalStateException("the XA transaction manager already runs with " + instance.settings
                        + "; it cannot be restarted in the same JVM with " + settings);
            }
            return instance;
        }
        try {
            Files.createDirectories(settings.logDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create XA recovery log directory " + settings.logDir(), e);
        }
        instance = new XaTransactionManager(settings);
        LOG.info("XA transaction manager started: log {}, node {}, timeout {}s, background recovery {}",
                settings.logDir(), settings.nodeId(), settings.timeout().toSeconds(), settings.backgroundRecovery());
        return instance;
    }

    /** The running transaction manager, if {@link #start} was called. */
    public static synchronized Optional<XaTransactionManager> current() {
        return Optional.ofNullable(instance);
    }

    private static void configureNarayana(XaSettings s) {
        String dir = s.logDir().toString();
        // Narayana reads three object stores; all of them belong in the one directory the user named.
        BeanPopulator.getDefaultInstance(ObjectStoreEnvironmentBean.class).setObjectStoreDir(dir);
        BeanPopulator.getNamedInstance(ObjectStoreEnvironmentBean.class, "communicationStore").setObjectStoreDir(dir);
        BeanPopulator.getNamedInstance(ObjectStoreEnvironmentBean.class, "stateStore").setObjectStoreDir(dir);
        try {
            arjPropertyManager.getCoreEnvironmentBean().setNodeIdentifier(s.nodeId());
        } catch (CoreEnvironmentBeanException e) {
            throw new IllegalArgumentException("xa.nodeId '" + s.nodeId() + "' rejected by Narayana: " + e.getMessage(), e);
        }
        // Recovery rolls back orphaned branches only for these nodes: ours, never another application's.
        jtaPropertyManager.getJTAEnvironmentBean().setXaRecoveryNodes(List.of(s.nodeId()));
        arjPropertyManager.getCoordinatorEnvironmentBean().setDefaultTimeout((int) s.timeout().toSeconds());
        // A short back-off between the two recovery passes keeps an explicit recover() quick.
        recoveryPropertyManager.getRecoveryEnvironmentBean().setRecoveryBackoffPeriod(1);
        recoveryPropertyManager.getRecoveryEnvironmentBean().setPeriodicRecoveryPeriod(120);
    }

    /** The settings it runs with. */
    public XaSettings settings() {
        return settings;
    }

    /** The JTA transaction manager (Narayana's). */
    public TransactionManager transactionManager() {
        return tm;
    }

    /** The JTA user transaction (Narayana's). */
    public UserTransaction userTransaction() {
        return ut;
    }

    /** The JTA synchronization registry. */
    public TransactionSynchronizationRegistry synchronizationRegistry() {
        return tsr;
    }

    /**
     * A data source for {@code ds} whose connections enlist in the calling thread's JTA transaction (one XA branch
     * per datasource and transaction, the same connection for repeated calls); outside a transaction it hands out
     * ordinary auto-commit connections. XA connections are pooled per datasource: at most the datasource's
     * {@code pool.maximumPoolSize} exist at once, a transaction waits up to {@code pool.connectionTimeout} for one,
     * idle ones are closed after {@code pool.idleTimeout}. The datasource is registered for recovery, which scans
     * with a connection of its own. One instance per datasource name.
     *
     * @throws SQLException SQLState 0A000 when the backend has no XA (SQLite)
     */
    public DataSource dataSource(DataSourceDefinition ds) throws SQLException {
        EnlistingDataSource existing = dataSources.get(ds.name());
        if (existing != null) {
            return existing;
        }
        XADataSource xa = XaDataSources.create(ds);
        registerForRecovery(ds.name(), xa);
        return dataSources.computeIfAbsent(ds.name(), n -> new EnlistingDataSource(ds, new XaConnectionPool(n, xa,
                Math.max(1, ds.connection().maximumPoolSize()), ds.connection().connectionTimeout(),
                ds.connection().idleTimeout()), tm, tsr));
    }

    /** Makes recovery scan {@code xa} under {@code name}; a second registration of the same name is ignored. */
    public void registerForRecovery(String name, XADataSource xa) {
        helpers.computeIfAbsent(name, n -> {
            XaRecoveryHelper h = new XaRecoveryHelper(n, xa);
            XARecoveryModule module = XARecoveryModule.getRegisteredXARecoveryModule();
            if (module == null) {
                throw new IllegalStateException("Narayana's XA recovery module is not registered;"
                        + " check RecoveryEnvironmentBean.recoveryModuleClassNames");
            }
            module.addXAResourceRecoveryHelper(h);
            return h;
        });
    }

    /**
     * Runs one recovery scan now, synchronously: completes transactions whose commit decision is in the log and
     * rolls back this node's prepared branches that have none. Call after registering the datasources, at start-up.
     */
    public void recover() {
        LOG.info("XA recovery scan over {}", helpers.keySet());
        recoveryManager.scan();
    }
}
