package ecopark.notice.service;

import ecopark.notice.domain.ProgrammeNameRepository;
import ecopark.notice.domain.ProgrammeNameRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme's name and the form's title for a report year, as data (migration V56), so the public portal, the
 * documents and the editor write the name the programme had for that year. Public: the portal asks without sign-in.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeNames {

    private final ProgrammeNameRepository names;

    ProgrammeNames(ProgrammeNameRepository names) {
        this.names = names;
    }

    /** The name in force for the report year; the nearest earlier one when no range covers it. */
    public ProgrammeName forReportYear(int reportYear) {
        ProgrammeName found = null;
        for (ProgrammeNameRow row : names.findAllByOrderByFromYearAsc()) {
            ProgrammeName name = new ProgrammeName(row.getFromYear(), row.getToYear(), row.getNameZh(),
                    row.getNameEn(), row.getFormTitleZh(), row.getFormTitleEn());
            if (name.covers(reportYear)) {
                return name;
            }
            if (found == null || row.getFromYear() <= reportYear) {
                found = name;
            }
        }
        if (found == null) {
            throw new IllegalStateException("No programme name is recorded (migration V56)");
        }
        return found;
    }
}
