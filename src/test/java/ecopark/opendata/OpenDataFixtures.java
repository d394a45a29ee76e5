package ecopark.opendata;

import ecopark.ReportFixtures;
import ecopark.publication.PublicationFixtures;
import ecopark.publication.domain.Publication;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** Published Changchun forms for the open data tests, in the years 4251–4299 (ReportFixtures' javadoc). */
@Component
class OpenDataFixtures {

    private static final AtomicInteger YEARS = new AtomicInteger(4251);
    static final int LAST_YEAR = 4299;

    private final ReportFixtures reports;
    private final PublicationFixtures publications;

    OpenDataFixtures(ReportFixtures reports, PublicationFixtures publications) {
        this.reports = reports;
        this.publications = publications;
    }

    /** A complete report of the next free year, submitted, approved twice and published. */
    Publication published() {
        int year = YEARS.getAndIncrement();
        if (year > LAST_YEAR) {
            throw new IllegalStateException("The open data tests own the years 4251–4299 only");
        }
        long report = reports.completeReport(year);
        publications.submitAndApprove(report);
        return publications.currentPublicationOf(report);
    }
}
