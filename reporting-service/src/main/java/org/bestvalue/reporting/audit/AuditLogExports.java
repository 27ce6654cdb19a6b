package org.bestvalue.reporting.audit;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.bestvalue.eventkit.text.InWords;
import org.bestvalue.reporting.rendering.Csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Date;
import java.util.List;

/**
 * The audit log as files, every entry the filters match (never capped). The CSV is for machines: ISO instants, event
 * types and ids as the JSON has them, the actor's name beside the id. The XLSX is for people: date-time cells, the
 * actor as "Name, Job title" and no ids of people; a streaming workbook keeps memory flat, and a sheet that reaches
 * the format's row limit continues on the next.
 */
public final class AuditLogExports {
    static final List<String> CSV_COLUMNS = List.of("event_id", "at", "type", "actor", "actor_id", "role", "cycle_id",
            "characteristic_code", "theme_code", "action_id", "what", "from", "to", "why", "correlation_id");
    static final String[] XLSX_COLUMNS = {"When", "Who", "As", "Event", "Cycle", "Characteristic", "Theme", "Action",
            "What", "From", "To", "Why", "Correlation id"};
    /** Rows of entries per sheet: XLSX holds 1,048,576 rows a sheet, one of them the header. */
    static final int ROWS_PER_SHEET = 1_000_000;

    private AuditLogExports() {
    }

    public static String csv(List<AuditEntry> entries) {
        StringBuilder s = new StringBuilder();
        Csv.line(s, CSV_COLUMNS);
        for (AuditEntry e : entries) {
            Csv.line(s, List.of(e.eventId().toString(), e.at().toString(), e.type(), e.actorPerson().label(), e.actor(), e.role(),
                    n(e.cycleId()), n(e.characteristicCode()), n(e.themeCode()), n(e.actionId()), n(e.what()), n(e.from()),
                    n(e.to()), n(e.why()), n(e.correlationId())));
        }
        return s.toString();
    }

    public static byte[] xlsx(List<AuditEntry> entries) {
        return xlsx(entries, ROWS_PER_SHEET);
    }

    static byte[] xlsx(List<AuditEntry> entries, int rowsPerSheet) {
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle when = wb.createCellStyle();
            when.setDataFormat(wb.createDataFormat().getFormat(InWords.SPREADSHEET_DATE_TIME_FORMAT));
            Sheet sheet = null;
            int r = 0;
            for (int i = 0; i < entries.size() || sheet == null; i++) {
                if (sheet == null || r > rowsPerSheet) {
                    sheet = wb.createSheet(wb.getNumberOfSheets() == 0 ? "Audit log" : "Audit log " + (wb.getNumberOfSheets() + 1));
                    Row header = sheet.createRow(0);
                    for (int c = 0; c < XLSX_COLUMNS.length; c++) {
                        header.createCell(c).setCellValue(XLSX_COLUMNS[c]);
                        header.getCell(c).setCellStyle(bold);
                    }
                    sheet.createFreezePane(0, 1);
                    r = 1;
                }
                if (i >= entries.size()) break;
                AuditEntry e = entries.get(i);
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(Date.from(e.at()));
                row.getCell(0).setCellStyle(when);
                String[] values = {e.actorPerson().label(), e.role(), e.type(), n(e.cycleId()), n(e.characteristicCode()),
                        n(e.themeCode()), n(e.actionId()), n(e.what()), n(e.from()), n(e.to()), n(e.why()), n(e.correlationId())};
                for (int c = 0; c < values.length; c++) row.createCell(c + 1).setCellValue(values[c]);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            wb.dispose();
            try {
                wb.close();
            } catch (IOException ignored) {
                // the temporary files are gone (dispose); nothing else to release
            }
        }
    }

    private static String n(String v) {
        return v == null ? "" : v;
    }
}
