package com.rhosocial.activerecord.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.backend.ConnectionConfig.SslMode;
import com.rhosocial.activerecord.backend.impl.postgresql.PostgreSQLBackend;
import com.rhosocial.activerecord.jdbc.ActiveRecordDataSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Security: TLS against a real TLS-enabled PostgreSQL. The test makes its own throwaway cluster under
 * {@code target/ar_rel_pgtls} ({@code initdb} as the {@code postgres} OS user, a CA and a server certificate for
 * {@code localhost} made with {@code openssl}, a free port, {@code ssl = on}) and removes it afterwards. Needs root,
 * PostgreSQL 15's binaries and openssl; it is skipped (not failed) without them, or with {@code AR_REL_TLS=false}.
 */
class TlsTest {

    static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");
    static Path dir;
    static int port;
    static boolean started;

    private static String run(long timeoutSeconds, String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out after " + timeoutSeconds + " s: " + String.join(" ", cmd));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new IllegalStateException("failed (" + p.exitValue() + "): " + String.join(" ", cmd) + "\n" + out);
        }
        return out;
    }


    @BeforeAll
    static void startTlsCluster() throws Exception {
        assumeTrue(!"false".equals(System.getenv("AR_REL_TLS")), "AR_REL_TLS=false");
        assumeTrue("root".equals(System.getProperty("user.name")), "needs root to run initdb as postgres");
        assumeTrue(Files.isExecutable(BIN.resolve("initdb")), "no PostgreSQL 15 binaries at " + BIN);
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/openssl")), "no openssl");
        dir = Path.of("target", "ar_rel_pgtls").toAbsolutePath();
        cleanup();
        Path certs = Files.createDirectories(dir.resolve("certs"));
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String c = certs.toString();
        run(60, "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", c + "/ca.key", "-out",
                c + "/ca.pem", "-days", "2", "-subj", "/CN=ar_rel test CA");
        run(60, "openssl", "req", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", c + "/server.key", "-out",
                c + "/server.csr", "-subj", "/CN=localhost");
        Files.writeString(certs.resolve("ext.cnf"), "subjectAltName=DNS:localhost\n");
        run(60, "openssl", "x509", "-req", "-in", c + "/server.csr", "-CA", c + "/ca.pem", "-CAkey", c + "/ca.key",
                "-CAcreateserial", "-out", c + "/server.crt", "-days", "2", "-extfile", c + "/ext.cnf");
        // an unrelated CA, which did not sign the server's certificate
        run(60, "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", c + "/other.key", "-out",
                c + "/other-ca.pem", "-days", "2", "-subj", "/CN=ar_rel unrelated CA");
        run(30, "chown", "-R", "postgres", dir.toString());
        run(30, "chmod", "600", c + "/server.key");
        run(180, "runuser", "-u", "postgres", "--", BIN.resolve("initdb").toString(), "-D", dir.resolve("data").toString(),
                "-A", "trust", "-U", "postgres", "--no-sync", "--no-instructions");
        Files.writeString(dir.resolve("data/postgresql.conf"), String.join("\n",
                "port = " + port, "listen_addresses = 'localhost'", "unix_socket_directories = '" + dir + "'",
                "ssl = on", "ssl_cert_file = '" + c + "/server.crt'", "ssl_key_file = '" + c + "/server.key'",
                "fsync = off", "shared_buffers = 16MB", "max_connections = 20", ""),
                java.nio.file.StandardOpenOption.APPEND);
        run(30, "chown", "-R", "postgres", dir.toString());
        run(120, "runuser", "-u", "postgres", "--", BIN.resolve("pg_ctl").toString(), "-D",
                dir.resolve("data").toString(), "-l", dir.resolve("log").toString(), "-w", "-t", "90", "start");
        started = true;
    }

    @AfterAll
    static void stopTlsCluster() throws Exception {
        cleanup();
    }

    private static void cleanup() throws IOException, InterruptedException {
        if (dir == null) {
            return;
        }
        if (Files.exists(dir.resolve("data/postmaster.pid"))) {
            try {
                run(60, "runuser", "-u", "postgres", "--", BIN.resolve("pg_ctl").toString(), "-D",
                        dir.resolve("data").toString(), "-m", "immediate", "-w", "stop");
            } catch (IllegalStateException e) {
                System.err.println("TLS cluster stop: " + e.getMessage());
            }
        }
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        started = false;
    }

    private static ActiveRecordDataSource ds(String host, SslMode mode, String ca) {
        ConnectionConfig.Builder b = ConnectionConfig.builder().backend("postgresql").host(host).port(port)
                .database("postgres").username("postgres").password("").sslMode(mode)
                .connectTimeout(Duration.ofSeconds(5)).connectionTimeout(Duration.ofSeconds(5)).maximumPoolSize(2);
        if (ca != null) {
            b.sslCa(dir.resolve("certs").resolve(ca).toString());
        }
        return ActiveRecordDataSource.of(b.build(), PostgreSQLBackend.class);
    }

    private static boolean sessionUsesTls(ActiveRecordDataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
            assertThat(rs.next()).isTrue();
            return rs.getBoolean(1);
        }
    }

    @Test
    void requireGivesAnEncryptedSessionAndVerifyFullChecksTheCertificate() throws Exception {
        assertThat(started).isTrue();
        assertThat(sessionUsesTls(ds("127.0.0.1", SslMode.REQUIRE, null))).as("require").isTrue();
        assertThat(sessionUsesTls(ds("localhost", SslMode.VERIFY_FULL, "ca.pem"))).as("verify-full, matching name")
                .isTrue();

        // verify-full to 127.0.0.1: the certificate names only localhost.
        SQLException wrongName = catchThrowableOfType(SQLException.class,
                () -> ds("127.0.0.1", SslMode.VERIFY_FULL, "ca.pem").getConnection().close());
        assertThat((Object) wrongName).isNotNull();
        assertThat(Bank.sqlState(wrongName)).startsWith("08");
        assertThat(chain(wrongName)).contains("127.0.0.1").containsIgnoringCase("hostname");

        // verify-full with a CA that did not sign the server's certificate.
        SQLException wrongCa = catchThrowableOfType(SQLException.class,
                () -> ds("localhost", SslMode.VERIFY_FULL, "other-ca.pem").getConnection().close());
        assertThat((Object) wrongCa).isNotNull();
        assertThat(Bank.sqlState(wrongCa)).startsWith("08");
        assertThat(chain(wrongCa)).containsIgnoringCase("certificat");

        Figures.record("security.tls", "throwaway PostgreSQL 15 with ssl=on on port " + port
                + ": require=encrypted, verify-full(localhost)=encrypted, verify-full(127.0.0.1) refused: "
                + firstLine(wrongName) + "; unrelated CA refused: " + firstLine(wrongCa));
    }

    private static String chain(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            sb.append(c).append(" | ");
        }
        return sb.toString();
    }

    private static String firstLine(Throwable t) {
        String m = String.valueOf(t.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

}
