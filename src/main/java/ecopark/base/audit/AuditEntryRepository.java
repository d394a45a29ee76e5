package ecopark.base.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

    List<AuditEntry> findBySubjectTypeAndSubjectIdOrderByIdAsc(String subjectType, long subjectId);

    /** Everyone who ever acted, each under the name of their latest line. */
    @Query("select e.actor, e.actorName from AuditEntry e where e.id in "
            + "(select max(f.id) from AuditEntry f group by f.actor) order by e.actorName")
    List<Object[]> actors();
}
