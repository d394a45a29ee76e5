package ecopark.signature.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SigningCredentialRepository extends JpaRepository<SigningCredential, Long> {

    Optional<SigningCredential> findByCurrentFor(long jurisdictionId);

    List<SigningCredential> findByCurrentForIsNotNull();

    /** Every credential, current or replaced, whose certificate has this SHA-256 fingerprint. */
    List<SigningCredential> findByFingerprintOrderByIdDesc(String fingerprint);
}
