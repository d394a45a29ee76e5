package ecopark.review.domain;

import ecopark.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** The day by which the parks must submit their annual report for a year, e.g. report year 2026 → 2027-03-31. */
@Entity
@Table(name = "submission_deadline")
public class SubmissionDeadline extends AbstractEntity {

    @Column(name = "report_year", nullable = false, unique = true)
    private Integer reportYear;

    @Column(nullable = false)
    private LocalDate deadline;

    protected SubmissionDeadline() {
    }

    public SubmissionDeadline(Integer reportYear, LocalDate deadline) {
        this.reportYear = reportYear;
        this.deadline = deadline;
    }

    public Integer getReportYear() {
        return reportYear;
    }

    public void setReportYear(Integer reportYear) {
        this.reportYear = reportYear;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }
}
