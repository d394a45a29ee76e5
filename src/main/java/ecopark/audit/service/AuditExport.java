package ecopark.audit.service;

import ecopark.base.audit.AuditEntry;
import ecopark.base.audit.AuditFilter;
import ecopark.base.audit.AuditText;
import ecopark.base.audit.AuditTrail;
import ecopark.base.i18n.TranslationProvider;
import ecopark.security.AppRole;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The filtered audit trail as an .xlsx file: the columns of the screen, headers and words in the reader's language,
 * times in China time. Read page by page and written streaming, so a long trail does not fill the memory.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(AppRole.ADMIN_NAME)
public class AuditExport {

    /** More lines than anyone reads in a spreadsheet; the file says so when the filter keeps more. */
    public static final int MAX_ROWS = 50_000;
    private static final int PAGE = 1_000;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final List<String> HEADERS = List.of("audit.when", "audit.who", "audit.what", "audit.kind",
            "audit.objectId", "audit.park", "audit.detail");
    /** Column widths in characters (fixed: measuring text needs fonts a server may lack). */
    private static final int[] WIDTHS = {20, 16, 26, 16, 10, 26, 80};

    private final AuditTrail trail;
    private final AuditLog log;
    private final Clock clock;

    AuditExport(AuditTrail trail, AuditLog log, Clock clock) {
        this.trail = trail;
        this.log = log;
        this.clock = clock;
    }

    public byte[] export(AuditFilter filter, Locale locale) {
        Map<Long, String> parks = log.parkNames();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SXSSFSheet sheet = workbook.createSheet(t(locale, "audit.export.sheet"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                header.createCell(c).setCellValue(t(locale, HEADERS.get(c)));
                header.getCell(c).setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int rowIndex = 1;
            Page<AuditEntry> page = trail.search(filter, PageRequest.of(0, PAGE));
            while (true) {
                for (AuditEntry e : page) {
                    if (rowIndex > MAX_ROWS) {
                        break;
                    }
                    write(sheet.createRow(rowIndex++), e, locale, parks);
                }
                if (rowIndex > MAX_ROWS || !page.hasNext()) {
                    break;
                }
                page = trail.search(filter, page.nextPageable());
            }
            if (page.getTotalElements() > MAX_ROWS) {
                sheet.createRow(rowIndex + 1).createCell(0).setCellValue(t(locale, "audit.export.limited", MAX_ROWS));
            }
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Row row, AuditEntry e, Locale locale, Map<Long, String> parks) {
        row.createCell(0).setCellValue(WHEN.format(e.getOccurredAt().atZone(clock.getZone())));
        row.createCell(1).setCellValue(AuditText.actor(e, locale));
        row.createCell(2).setCellValue(AuditText.action(e, locale));
        row.createCell(3).setCellValue(AuditText.subjectKind(e, locale));
        String id = AuditText.subjectId(e);
        if (id.isEmpty()) {
            row.createCell(4).setBlank();
        } else {
            row.createCell(4).setCellValue(Long.parseLong(id));
        }
        row.createCell(5).setCellValue(e.getParkId() == null ? "" : parks.getOrDefault(e.getParkId(), ""));
        row.createCell(6).setCellValue(AuditText.detail(e, locale));
    }

    private static String t(Locale locale, String key, Object... args) {
        return TranslationProvider.translate(locale, key, args);
    }
}
