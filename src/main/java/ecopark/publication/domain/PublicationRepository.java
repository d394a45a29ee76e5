package ecopark.publication.domain;

import ecopark.park.domain.ParkStatus;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PublicationRepository extends JpaRepository<Publication, Long> {

    /** The list columns without the document, filtered; a null filter matches everything. */
    @Query(value = """
            select new ecopark.publication.domain.PublicationListing(p.id, p.reportId, p.revisionNumber, p.parkId,
                p.parkName, p.province, p.jurisdictionId, p.jurisdictionName, p.year, p.parkStatus, p.publishedAt,
                p.supersededBy)
            from Publication p
            where (:year is null or p.year = :year)
              and (:province is null or p.province = :province)
              and (:jurisdictionId is null or p.jurisdictionId = :jurisdictionId)
              and (:parkId is null or p.parkId = :parkId)
              and (:parkStatus is null or p.parkStatus = :parkStatus)
              and (:includeSuperseded = true or p.supersededBy is null)
            """, countQuery = """
            select count(p) from Publication p
            where (:year is null or p.year = :year)
              and (:province is null or p.province = :province)
              and (:jurisdictionId is null or p.jurisdictionId = :jurisdictionId)
              and (:parkId is null or p.parkId = :parkId)
              and (:parkStatus is null or p.parkStatus = :parkStatus)
              and (:includeSuperseded = true or p.supersededBy is null)
            """)
    Page<PublicationListing> search(@Param("year") Integer year, @Param("province") String province,
            @Param("jurisdictionId") Long jurisdictionId, @Param("parkId") Long parkId,
            @Param("parkStatus") ParkStatus parkStatus, @Param("includeSuperseded") boolean includeSuperseded,
            Pageable pageable);

    @Query("""
            select new ecopark.publication.domain.PublicationListing(p.id, p.reportId, p.revisionNumber, p.parkId,
                p.parkName, p.province, p.jurisdictionId, p.jurisdictionName, p.year, p.parkStatus, p.publishedAt,
                p.supersededBy)
            from Publication p where p.reportId = :reportId order by p.publishedAt asc, p.id asc
            """)
    List<PublicationListing> versionsOf(@Param("reportId") long reportId);

    Optional<Publication> findByReportIdAndSupersededByIsNull(long reportId);

    /** The park's current forms, oldest year first: the year-over-year view. */
    List<Publication> findByParkIdAndSupersededByIsNullOrderByYearAsc(long parkId);

    @Query("select distinct p.year from Publication p where p.supersededBy is null order by p.year desc")
    List<Integer> currentYears();

    @Query("select distinct p.province from Publication p where p.supersededBy is null and p.province is not null "
            + "order by p.province")
    List<String> currentProvinces();

    @Query("""
            select distinct new ecopark.publication.domain.NamedId(p.jurisdictionId, p.jurisdictionName)
            from Publication p where p.supersededBy is null and p.jurisdictionId is not null
            """)
    List<NamedId> currentJurisdictions();

    @Query("""
            select distinct new ecopark.publication.domain.NamedId(p.parkId, p.parkName)
            from Publication p where p.supersededBy is null
            """)
    List<NamedId> currentParks();

    /** The park's current forms, oldest year first, by id only: open data reads their documents in batches. */
    @Query("select p.id from Publication p where p.parkId = :parkId and p.supersededBy is null order by p.year asc")
    List<Long> currentIdsOfPark(@Param("parkId") long parkId);

    /** Every park with a current form: its name, first and last year, how many forms, its newest publication. */
    @Query("""
            select new ecopark.publication.service.PublishedPark(p.parkId, max(p.parkName), min(p.year), max(p.year),
                count(p), max(p.publishedAt))
            from Publication p where p.supersededBy is null group by p.parkId order by max(p.parkName)
            """)
    List<ecopark.publication.service.PublishedPark> publishedParks();

    /** When the published data last changed: the newest publication (a correction is one too). */
    @Query("select max(p.publishedAt) from Publication p")
    Optional<java.time.Instant> lastPublishedAt();
    /** One publication's list columns without its document: enough to answer a conditional request. */
    @Query("""
            select new ecopark.publication.domain.PublicationListing(p.id, p.reportId, p.revisionNumber, p.parkId,
                p.parkName, p.province, p.jurisdictionId, p.jurisdictionName, p.year, p.parkStatus, p.publishedAt,
                p.supersededBy)
            from Publication p where p.id = :id
            """)
    Optional<PublicationListing> findListing(@Param("id") long id);

    /**
     * The park's newest publication (id and when): a form's page shows the park's other years and the form's
     * corrections, and each of those is a new publication of the park, so these two say when the page last changed.
     */
    @Query("select max(p.id), max(p.publishedAt) from Publication p where p.parkId = :parkId")
    List<Object[]> latestOfPark(@Param("parkId") long parkId);

    /** Every publication's id, year and park, newest first: the sitemap. */
    @Query("""
            select new ecopark.publication.domain.PublicationListing(p.id, p.reportId, p.revisionNumber, p.parkId,
                p.parkName, p.province, p.jurisdictionId, p.jurisdictionName, p.year, p.parkStatus, p.publishedAt,
                p.supersededBy)
            from Publication p order by p.id desc
            """)
    List<PublicationListing> allListings();
}
