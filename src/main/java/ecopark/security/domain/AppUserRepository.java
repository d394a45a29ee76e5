package ecopark.security.domain;

import ecopark.security.AppRole;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    /** For the start-up checks (first administrator, production safety). */
    List<AppUser> findByRole(AppRole role);

    List<AppUser> findByUsernameIn(Collection<String> usernames);

    List<AppUser> findByRoleAndParkIdAndEnabledTrueOrderByUsername(AppRole role, Long parkId);

    List<AppUser> findByRoleAndJurisdictionIdAndEnabledTrueOrderByUsername(AppRole role, Long jurisdictionId);

    /** Accounts whose username or name matches a lower-case {@code LikePattern} (all when it is null). */
    @Query("""
            select u from AppUser u
            where :pattern is null
               or lower(u.username) like :pattern escape '!'
               or lower(u.displayName) like :pattern escape '!'
            """)
    Page<AppUser> search(String pattern, Pageable pageable);

    // The sign-in bookkeeping below is done by single UPDATE statements: atomic under parallel attempts, and
    // without touching the version, so an administrator's open edit form is not made stale by a login.

    @Modifying
    @Query("update AppUser u set u.failedLogins = u.failedLogins + 1 where u.username = :username")
    int countFailedLogin(String username);

    @Modifying
    @Query("""
            update AppUser u set u.lockedUntil = :until, u.failedLogins = 0
            where u.username = :username and u.failedLogins >= :limit
            """)
    int lockAfterFailures(String username, int limit, Instant until);

    @Modifying
    @Query("update AppUser u set u.failedLogins = 0, u.lockedUntil = null, u.lastLoginAt = :now where u.id = :id")
    int recordSuccessfulLogin(long id, Instant now);
}
