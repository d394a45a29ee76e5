package ecopark.publication.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import ecopark.base.audit.AuditAction;
import ecopark.base.audit.AuditTrail;
import ecopark.park.domain.Park;
import ecopark.park.service.ParkService;
import ecopark.publication.domain.Publication;
import ecopark.publication.domain.PublicationRepository;
import ecopark.report.service.ReportPublished;
import ecopark.report.service.ReportService;
import ecopark.report.service.ReportSnapshot;
import ecopark.security.CurrentUser;
import ecopark.security.OrganisationDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The publish step's second half: freezes the approved revision with the evaluation of its indicator sheet as the
 * public form, stamps the publication date, and marks the report's previous publication superseded. Runs inside the
 * process's transaction (a plain, synchronous listener), as the system that the process step runs as.
 */
@Component
class PublicationRecorder {

    private final PublicationRepository publications;
    private final FormAssembler assembler;
    private final ParkService parks;
    private final OrganisationDirectory directory;
    private final ObjectMapper json;
    private final Clock clock;
    private final AuditTrail audit;
    private final CurrentUser currentUser;

    PublicationRecorder(PublicationRepository publications, FormAssembler assembler,
            ParkService parks, OrganisationDirectory directory, ObjectMapper json, Clock clock, AuditTrail audit,
            CurrentUser currentUser) {
        this.publications = publications;
        this.assembler = assembler;
        this.parks = parks;
        this.directory = directory;
        this.json = json;
        this.clock = clock;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    @EventListener
    @Transactional
    public void onPublished(ReportPublished published) {
        ReportSnapshot snapshot = published.form();
        PublishedForm form = assembler.assemble(published.reportId(), snapshot.year(), snapshot.basic(),
                snapshot.narratives());
        Park park = parks.get(published.parkId());
        Long jurisdictionId = park.getJurisdictionId();
        String jurisdictionName = jurisdictionId == null ? null : directory.jurisdictionName(jurisdictionId).orElse(null);
        Instant now = clock.instant();
        Optional<Publication> previous = publications.findByReportIdAndSupersededByIsNull(published.reportId());
        Publication publication = publications.saveAndFlush(new Publication(published.reportId(),
                published.revisionNumber(), published.parkId(), form.basics().parkName(), park.getProvince(),
                jurisdictionId, jurisdictionName, snapshot.year(), form.basics().parkStatus(), now, write(form)));
        previous.ifPresent(old -> {
            old.supersede(publication.getId(), now);
            publications.save(old);
            audit.record(currentUser.require().asActor(), AuditAction.PUBLICATION_SUPERSEDED, ReportService.SUBJECT,
                    published.reportId(), published.parkId(), old.getRevisionNumber(), published.revisionNumber());
        });
    }

    private String write(PublishedForm form) {
        try {
            return json.writeValueAsString(form);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the published form", e);
        }
    }
}
