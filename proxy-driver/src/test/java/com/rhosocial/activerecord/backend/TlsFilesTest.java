package com.rhosocial.activerecord.backend;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.security.KeyStore;
import java.security.cert.X509Certificate;

import static com.rhosocial.activerecord.backend.TestFixtures.tls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** PEM files into key stores, with the fixtures of {@code src/test/resources/tls} (see its README.txt). */
class TlsFilesTest {

    private static KeyStore open(TlsFiles.StoreFile f) throws Exception {
        KeyStore ks = KeyStore.getInstance(f.type());
        try (InputStream in = Files.newInputStream(f.path())) {
            ks.load(in, f.password() == null ? null : f.password().toCharArray());
        }
        return ks;
    }

    @Test
    void pemCaBecomesAPkcs12TrustStoreHoldingThatCertificate() throws Exception {
        TlsFiles.StoreFile ts = TlsFiles.trustStore(tls("ca.pem"), null);
        assertThat(ts.type()).isEqualTo("PKCS12");
        KeyStore ks = open(ts);
        X509Certificate ca = (X509Certificate) ks.getCertificate("ca0");
        assertThat(ca.getSubjectX500Principal().getName()).isEqualTo("CN=ActiveRecord Test CA");
        assertThat(TlsFiles.trustStore(tls("ca.pem"), null)).as("converted once per file").isEqualTo(ts);
    }

    @Test
    void pemCertificateAndPkcs8KeyBecomeAKeyStoreWithTheKeyEntry() throws Exception {
        TlsFiles.StoreFile ks = TlsFiles.keyStore(tls("client.pem"), tls("client.key"), null);
        KeyStore store = open(ks);
        assertThat(store.isKeyEntry("user")).isTrue();
        assertThat(store.getKey("user", ks.password().toCharArray()).getAlgorithm()).isEqualTo("RSA");
        assertThat(((X509Certificate) store.getCertificate("user")).getSubjectX500Principal().getName())
                .isEqualTo("CN=postgres");
    }

    @Test
    void encryptedKeyIsDecryptedWithTheKeyPassword() throws Exception {
        TlsFiles.StoreFile ks = TlsFiles.keyStore(tls("client.pem"), tls("client-encrypted.key"), "s3cret");
        assertThat(ks.password()).isEqualTo("s3cret");
        assertThat(open(ks).isKeyEntry("user")).isTrue();
        assertThatThrownBy(() -> TlsFiles.keyStore(tls("client.pem"), tls("client-encrypted.key"), "wrong"))
                .hasMessageContaining("cannot decrypt ssl.key file");
    }

    @Test
    void pkcs1KeyIsRejectedWithTheConversionCommand() {
        assertThatThrownBy(() -> TlsFiles.keyStore(tls("client.pem"), tls("client-pkcs1.key"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("traditional RSA PRIVATE KEY format; convert it with: openssl pkcs8 -topk8 -nocrypt");
    }

    @Test
    void missingFilesAreNamed() {
        assertThatThrownBy(() -> TlsFiles.trustStore("/nonexistent/ca.pem", null))
                .hasMessage("ssl.ca file '/nonexistent/ca.pem' does not exist");
        assertThatThrownBy(() -> TlsFiles.keyStore(tls("client.pem"), null, null))
                .hasMessageContaining("is a PEM certificate, so ssl.key (its private key) is needed too");
        assertThatThrownBy(() -> TlsFiles.trustStore(tls("client.key"), null))
                .hasMessageContaining("is not a PEM or DER certificate");
    }

    @Test
    void storeFilesPassThroughWithTheirType() {
        assertThat(TlsFiles.storeType("/x/truststore.jks")).isEqualTo("JKS");
        assertThat(TlsFiles.storeType("/x/client.PFX")).isEqualTo("PKCS12");
        assertThat(TlsFiles.storeType("/x/ca.pem")).isNull();
        assertThat(TlsFiles.isPem(tls("client.key"))).isTrue();
        assertThat(TlsFiles.isPem("/nonexistent")).isFalse();
    }
}
