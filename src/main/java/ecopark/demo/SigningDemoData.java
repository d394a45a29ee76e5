package ecopark.demo;

import ecopark.security.SystemActor;
import ecopark.signature.service.SigningCredentials;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every provincial jurisdiction of the demo that has no signing credential gets a self-signed test certificate
 * (no real certificate authority is reachable here), marked as one in its name — e.g.
 * CN=吉林省生态环境厅（测试证书，不具法律效力）— and in its policy, which the verifier shows as "test certificate".
 * Runs after the other demo loaders, at every start of the demo profile: jurisdictions with a credential keep it,
 * so a second start changes nothing, and an administrator's upload is never replaced.
 */
@Component
@ConditionalOnProperty(name = "ecopark.demo-data", havingValue = "true")
class SigningDemoData {

    private final SigningCredentials credentials;

    SigningDemoData(SigningCredentials credentials) {
        this.credentials = credentials;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(90)
    public void giveProvincesTestCertificates() {
        SystemActor.call(credentials::giveTestCertificatesToProvinces);
    }
}
