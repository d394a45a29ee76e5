package ecopark.security.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    /** A token and the account it acts as, in one statement: this runs on every API request that carries a token. */
    @Query("select t, u from ApiToken t join AppUser u on u.id = t.userId where t.prefix = :prefix")
    List<Object[]> findWithAccount(String prefix);

    default Optional<TokenAndAccount> findByPrefixWithAccount(String prefix) {
        return findWithAccount(prefix).stream().findFirst()
                .map(row -> new TokenAndAccount((ApiToken) row[0], (AppUser) row[1]));
    }

    boolean existsByPrefix(String prefix);

    /** Every token, the newest first (an installation has a handful, one per integration). */
    List<ApiToken> findAllByOrderByCreatedAtDescIdDesc();

    /**
     * Records a use, unless one was recorded since {@code notBefore}: a single conditional UPDATE, so parallel
     * requests (and other nodes) record it once, and the version stays, so an open list is not made stale.
     */
    @Modifying
    @Transactional
    @Query("""
            update ApiToken t set t.lastUsedAt = :now
            where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :notBefore)
            """)
    int recordUse(long id, Instant now, Instant notBefore);

    record TokenAndAccount(ApiToken token, AppUser account) {
    }
}
