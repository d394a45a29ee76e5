package ecopark.forwarding.document;

import java.time.LocalDate;

/**
 * What the province's cover letter (报送函) says: its own number and date, to whom, under which national notice, and
 * whom the national office calls with questions.
 */
public record CoverLetter(
        String province,
        String addressee,
        String letterNumber,
        LocalDate date,
        int reportYear,
        String programmeName,
        String noticeNumber,
        String noticeTitle,
        String contactName,
        String contactPhone,
        String contactEmail) {
}
