package com.rhosocial.activerecord.backend;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Turns the PEM files users have (a CA certificate, a client certificate and key, as libpq and MariaDB take them)
 * into the Java key stores that MySQL Connector/J, Oracle's thin driver and mssql-jdbc's trust store want. Key store
 * files ({@code .p12}, {@code .pfx}, {@code .jks}) are passed through unchanged. Converted stores are written once
 * per source file (and modification time) into a private temporary directory, readable only by this user, and
 * deleted on exit.
 *
 * <p>Supported PEM keys: PKCS#8 ({@code BEGIN PRIVATE KEY}) and encrypted PKCS#8 ({@code BEGIN ENCRYPTED PRIVATE
 * KEY}, decrypted with the key password). A PKCS#1 key ({@code BEGIN RSA PRIVATE KEY}) is rejected with the
 * {@code openssl pkcs8} command that converts it. Thread-safe.
 */
public final class TlsFiles {

    /** A key store on disk: path, type ({@code PKCS12} or {@code JKS}) and password (may be null). */
    public record StoreFile(Path path, String type, String password) {
        /** The path as a {@code file:} URL, as MySQL Connector/J wants it. */
        public String url() {
            return path.toUri().toString();
        }

        @Override
        public String toString() {
            return "StoreFile[" + path + ", " + type + (password == null ? "" : ", password=****") + "]";
        }
    }

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");
    /** Alias of the key entry in converted client key stores. */
    public static final String CLIENT_ALIAS = "user";
    private static final Map<String, StoreFile> CACHE = new ConcurrentHashMap<>();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static volatile Path tempDir;

    private TlsFiles() {
    }

    /** True when the file starts like a PEM file ({@code -----BEGIN}); false when missing or binary. */
    public static boolean isPem(String path) {
        try (var in = Files.newInputStream(Path.of(path))) {
            byte[] head = in.readNBytes(64);
            return new String(head, StandardCharsets.US_ASCII).stripLeading().startsWith("-----BEGIN");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The key store type a file name implies ({@code PKCS12} for .p12/.pfx, {@code JKS} for .jks), or null. */
    public static String storeType(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        if (p.endsWith(".p12") || p.endsWith(".pfx")) {
            return "PKCS12";
        }
        if (p.endsWith(".jks")) {
            return "JKS";
        }
        return null;
    }

    /**
     * A trust store holding the CA certificate(s) of {@code caPath}: the file itself when it is a key store, else
     * a PKCS12 store converted from its PEM or DER certificates.
     *
     * @param storePassword password of a key store file given as the CA (may be null)
     * @throws IllegalArgumentException naming the file when it is missing or holds no certificate
     */
    public static StoreFile trustStore(String caPath, String storePassword) {
        Path ca = existing("ssl.ca", caPath);
        String type = storeType(caPath);
        if (type != null) {
            return new StoreFile(ca, type, storePassword);
        }
        return CACHE.computeIfAbsent(cacheKey("trust", ca, null), k -> {
            List<Certificate> certs = readCertificates("ssl.ca", ca);
            try {
                KeyStore ks = KeyStore.getInstance("PKCS12");
                ks.load(null, null);
                for (int i = 0; i < certs.size(); i++) {
                    ks.setCertificateEntry("ca" + i, certs.get(i));
                }
                return write(ks, "truststore");
            } catch (GeneralSecurityException | IOException e) {
                throw new IllegalArgumentException("cannot build a trust store from ssl.ca '" + caPath + "': " + e, e);
            }
        });
    }

    /**
     * A key store holding the client certificate and key: {@code certPath} itself when it is a key store (its
     * password is {@code keyPassword}), else a PKCS12 store built from the PEM certificate and PEM key.
     *
     * @throws IllegalArgumentException naming the file when it is missing, unreadable or in an unsupported format
     */
    public static StoreFile keyStore(String certPath, String keyPath, String keyPassword) {
        Path cert = existing("ssl.cert", certPath);
        String type = storeType(certPath);
        if (type != null) {
            return new StoreFile(cert, type, keyPassword);
        }
        if (keyPath == null) {
            throw new IllegalArgumentException("ssl.cert '" + certPath + "' is a PEM certificate, so ssl.key (its"
                    + " private key) is needed too");
        }
        Path key = existing("ssl.key", keyPath);
        // The password is part of the key (as a digest, never in clear): a wrong password must fail again, not hit
        // the store built with the right one.
        return CACHE.computeIfAbsent(cacheKey("key", cert, key) + "|" + digest(keyPassword), k -> {
            List<Certificate> chain = readCertificates("ssl.cert", cert);
            PrivateKey pk = readPrivateKey(key, keyPassword);
            try {
                KeyStore ks = KeyStore.getInstance("PKCS12");
                ks.load(null, null);
                String password = keyPassword != null && !keyPassword.isEmpty() ? keyPassword : randomPassword();
                // alias "user": PgJDBC's PKCS12KeyManager looks the key up under exactly that name; the other
                // drivers' key managers take any alias
                ks.setKeyEntry(CLIENT_ALIAS, pk, password.toCharArray(), chain.toArray(new Certificate[0]));
                StoreFile written = write(ks, "keystore", password);
                return written;
            } catch (GeneralSecurityException | IOException e) {
                throw new IllegalArgumentException("cannot build a key store from ssl.cert '" + certPath
                        + "' and ssl.key '" + keyPath + "': " + e, e);
            }
        });
    }

    private static String digest(String secret) {
        if (secret == null) {
            return "-";
        }
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private static String cacheKey(String kind, Path a, Path b) {
        try {
            return kind + "|" + a.toAbsolutePath() + "|" + Files.getLastModifiedTime(a).toMillis()
                    + (b == null ? "" : "|" + b.toAbsolutePath() + "|" + Files.getLastModifiedTime(b).toMillis());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + a + ": " + e, e);
        }
    }

    private static Path existing(String what, String path) {
        Path p = Path.of(path);
        if (!Files.isRegularFile(p) && !Files.isDirectory(p)) {
            throw new IllegalArgumentException(what + " file '" + path + "' does not exist");
        }
        return p;
    }

    private static List<Certificate> readCertificates(String what, Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            Collection<? extends Certificate> certs = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(bytes));
            if (certs.isEmpty()) {
                throw new IllegalArgumentException(what + " file '" + file + "' holds no certificate");
            }
            return new ArrayList<>(certs);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException(what + " file '" + file + "' is not a PEM or DER certificate: "
                    + e.getMessage(), e);
        }
    }

    private static PrivateKey readPrivateKey(Path file, String password) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read ssl.key file '" + file + "': " + e, e);
        }
        Matcher m = PEM.matcher(text);
        while (m.find()) {
            String label = m.group(1);
            byte[] der = Base64.getMimeDecoder().decode(m.group(2));
            switch (label) {
                case "PRIVATE KEY":
                    return pkcs8(file, der);
                case "ENCRYPTED PRIVATE KEY":
                    if (password == null) {
                        throw new IllegalArgumentException("ssl.key file '" + file + "' is encrypted: set ssl.keyPassword");
                    }
                    try {
                        EncryptedPrivateKeyInfo info = new EncryptedPrivateKeyInfo(der);
                        String alg = info.getAlgParameters() != null ? info.getAlgParameters().toString() : info.getAlgName();
                        SecretKeyFactory f = SecretKeyFactory.getInstance(alg);
                        Cipher cipher = Cipher.getInstance(alg);
                        cipher.init(Cipher.DECRYPT_MODE, f.generateSecret(new PBEKeySpec(password.toCharArray())),
                                info.getAlgParameters());
                        return pkcs8(file, info.getKeySpec(cipher).getEncoded());
                    } catch (GeneralSecurityException | IOException e) {
                        throw new IllegalArgumentException("cannot decrypt ssl.key file '" + file
                                + "' with ssl.keyPassword (wrong password or unsupported cipher): " + e.getMessage(), e);
                    }
                case "RSA PRIVATE KEY":
                case "EC PRIVATE KEY":
                    throw new IllegalArgumentException("ssl.key file '" + file + "' is in the traditional "
                            + label + " format; convert it with: openssl pkcs8 -topk8 -nocrypt -in " + file
                            + " -out key.pk8.pem");
                default:
                    // skip other blocks (EC PARAMETERS, ...)
            }
        }
        throw new IllegalArgumentException("ssl.key file '" + file + "' holds no PEM private key");
    }

    private static PrivateKey pkcs8(Path file, byte[] der) {
        for (String alg : List.of("RSA", "EC", "Ed25519", "DSA")) {
            try {
                return KeyFactory.getInstance(alg).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (InvalidKeySpecException | java.security.NoSuchAlgorithmException e) {
                // try the next algorithm
            }
        }
        throw new IllegalArgumentException("ssl.key file '" + file + "' is not an RSA, EC, Ed25519 or DSA key");
    }

    private static StoreFile write(KeyStore ks, String name) throws IOException, GeneralSecurityException {
        return write(ks, name, randomPassword());
    }

    private static StoreFile write(KeyStore ks, String name, String password) throws IOException, GeneralSecurityException {
        Path dir = dir();
        Path file = Files.createTempFile(dir, name, ".p12");
        file.toFile().deleteOnExit();
        try (OutputStream out = Files.newOutputStream(file)) {
            ks.store(out, password.toCharArray());
        }
        return new StoreFile(file, "PKCS12", password);
    }

    private static Path dir() throws IOException {
        Path d = tempDir;
        if (d == null) {
            synchronized (TlsFiles.class) {
                d = tempDir;
                if (d == null) {
                    try {
                        d = Files.createTempDirectory("activerecord-tls",
                                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                    } catch (UnsupportedOperationException e) {
                        d = Files.createTempDirectory("activerecord-tls");
                    }
                    d.toFile().deleteOnExit();
                    tempDir = d;
                }
            }
        }
        return d;
    }

    private static String randomPassword() {
        byte[] b = new byte[18];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
