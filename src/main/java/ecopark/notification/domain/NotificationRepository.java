package ecopark.notification.domain;

import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    long countByRecipientAndReadAtIsNull(String recipient);

    /** Newest first; the id breaks ties, since MySQL may drop sub-second precision. */
    @Query("select n from Notification n where n.recipient = :recipient order by n.createdAt desc, n.id desc")
    Page<Notification> findForRecipient(String recipient, Pageable pageable);

    @Modifying
    @Query("update Notification n set n.readAt = :at where n.recipient = :recipient and n.readAt is null")
    int markAllRead(String recipient, Instant at);
}
