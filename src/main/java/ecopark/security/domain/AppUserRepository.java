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
import org.springframework.transaction.annotation.Transactional;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByJurisdictionId(Long jurisdictionId);

    /** For the start-up checks (first administrator, production safety). */
    List<AppUser> findByRole(AppRole role);

    List<AppUser> findByUsernameIn(Collection<String> usernames);

    List<AppUser> findByRoleAndParkIdAndEnabledTrueOrderByUsername(AppRole role, Long parkId);

    List<AppUser> findByRoleAndJurisdictionIdAndEnabledTrueOrderByUsername(AppRole role, Long jurisdictionId);

    /** The enabled holders of a role for a park and of another role for a jurisdiction, in one statement. */
    @Query("""
            select u from AppUser u where u.enabled = true
             and (u.role = :parkRole and u.parkId = :parkId
                  or u.role = :jurisdictionRole and u.jurisdictionId = :jurisdictionId)
             order by u.username
            """)
    List<AppUser> findEnabledOfParkOrJurisdiction(AppRole parkRole, Long parkId, AppRole jurisdictionRole,
            Long jurisdictionId);

    /** Accounts whose username or name matches a lower-case {@code LikePattern} (all when it is null). */
    @Query("""
            select u from AppUser u
            where :pattern is null
               or lower(u.username) like :pattern escape '!'
               or lower(u.displayName) like :pattern escape '!'
            """)
    Page<AppUser> search(String pattern, Pageable pageable);

    /**
     * Records the time of a sign-in, unless one was recorded since {@code notBefore}: one UPDATE, atomic under
     * parallel sign-ins and on several nodes, and without touching the version, so an administrator's open edit
     * form is not made stale by a login.
     */
    @Modifying
    @Transactional
    @Query("""
            update AppUser u set u.lastLoginAt = :now
            where u.id = :id and (u.lastLoginAt is null or u.lastLoginAt < :notBefore)
            """)
    int recordSuccessfulLogin(long id, Instant now, Instant notBefore);
}
