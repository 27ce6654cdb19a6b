package org.bestvalue.assessment.framework.file;

import org.bestvalue.assessment.framework.Change;
import org.bestvalue.assessment.framework.Characteristic;
import org.bestvalue.assessment.framework.FrameworkSpec;
import org.bestvalue.assessment.framework.MappingEntry;
import org.bestvalue.assessment.framework.Theme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the CSV import format (FRAMEWORK-FORMAT.md): one row per characteristic in grid order, the
 * theme named on each row, the mapping onto the predecessor in the last two columns, and rows with an
 * empty code for characteristics the new version removed. RFC 4180 quoting; the version's name and
 * label come from the request. Columns are counted from 1, as a spreadsheet shows them.
 */
public final class CsvFrameworkReader {
    static final List<String> COLUMNS = List.of("theme_code", "theme_title", "theme_description", "code", "title", "description",
            "order", "cross_reference_to", "predecessor_code", "change");
    private static final List<String> REQUIRED = List.of("theme_code", "theme_title", "code", "title");

    record Row(int line, List<String> values) {
    }

    /** @throws FrameworkFileRejected when the text is not CSV of the expected shape */
    public FrameworkFile read(String text, String name, String label, UUID predecessorId, String predecessorLabel) {
        List<FileProblem> problems = new ArrayList<>();
        List<Row> rows = parse(text, problems);
        if (!problems.isEmpty()) throw new FrameworkFileRejected(problems);
        if (rows.isEmpty()) throw new FrameworkFileRejected(List.of(new FileProblem(1, 1, "$", "the file is empty: a header row is required")));

        Row header = rows.get(0);
        Map<String, Integer> col = new LinkedHashMap<>();
        for (int i = 0; i < header.values.size(); i++) {
            String h = header.values.get(i).trim().toLowerCase(Locale.ROOT);
            if (i == 0 && h.startsWith("\ufeff")) h = h.substring(1);
            if (!COLUMNS.contains(h)) problems.add(new FileProblem(header.line, i + 1, h, "unknown column; expected some of " + COLUMNS));
            else if (col.putIfAbsent(h, i) != null) problems.add(new FileProblem(header.line, i + 1, h, "column appears twice"));
        }
        for (String r : REQUIRED) if (!col.containsKey(r)) problems.add(new FileProblem(header.line, null, r, "required column is missing"));
        if (!problems.isEmpty()) throw new FrameworkFileRejected(problems);

        Map<String, FrameworkFile.Location> locations = new HashMap<>();
        Map<String, Theme> themes = new LinkedHashMap<>();
        Map<String, Integer> themeIndex = new HashMap<>();
        List<Characteristic> characteristics = new ArrayList<>();
        List<MappingEntry> mapping = new ArrayList<>();
        for (Row row : rows.subList(1, rows.size())) {
            if (row.values.size() == 1 && row.values.get(0).isBlank()) continue;
            if (row.values.size() > header.values.size()) {
                problems.add(new FileProblem(row.line, header.values.size() + 1, "$", "more fields than the header has columns"));
                continue;
            }
            String code = value(row, col, "code");
            String predecessorCode = value(row, col, "predecessor_code");
            String changeText = value(row, col, "change");
            Change change = null;
            if (changeText != null) {
                try {
                    change = Change.valueOf(changeText.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    problems.add(at(row, col, "change", "change",
                            "change must be one of UNCHANGED, REWORDED, REMOVED, ADDED, SPLIT, MERGED"));
                }
            } else if (predecessorCode != null) {
                problems.add(at(row, col, "predecessor_code", "change", "a predecessor_code needs a change"));
            }
            if (code == null && change != Change.REMOVED) {
                problems.add(at(row, col, "code", "code", "code is required (leave it empty only for a REMOVED row)"));
                continue;
            }
            if (code != null) {
                String themeCode = value(row, col, "theme_code");
                String themeTitle = value(row, col, "theme_title");
                if (themeCode != null && !themes.containsKey(themeCode)) {
                    int ti = themes.size();
                    themes.put(themeCode, new Theme(themeCode, themeTitle, ti + 1, value(row, col, "theme_description")));
                    themeIndex.put(themeCode, ti);
                    locations.put("themes[" + ti + "]", loc(row, col, "theme_code"));
                    locations.put("themes[" + ti + "].code", loc(row, col, "theme_code"));
                    locations.put("themes[" + ti + "].title", loc(row, col, "theme_title"));
                    locations.put("themes[" + ti + "].description", loc(row, col, "theme_description"));
                } else if (themeCode != null && themeTitle != null && !themeTitle.equals(themes.get(themeCode).title())) {
                    problems.add(at(row, col, "theme_title", "theme_title",
                            "theme " + themeCode + " is titled '" + themes.get(themeCode).title() + "' on an earlier row"));
                }
                int ci = characteristics.size();
                Integer order = null;
                String orderText = value(row, col, "order");
                if (orderText != null) {
                    try {
                        order = Integer.parseInt(orderText);
                    } catch (NumberFormatException e) {
                        problems.add(at(row, col, "order", "order", "order must be a whole number"));
                    }
                }
                characteristics.add(new Characteristic(code, themeCode, value(row, col, "title"), value(row, col, "description"),
                        order == null ? ci + 1 : order, value(row, col, "cross_reference_to")));
                String base = "characteristics[" + ci + "]";
                locations.put(base, new FrameworkFile.Location(row.line, 1));
                locations.put(base + ".code", loc(row, col, "code"));
                locations.put(base + ".themeCode", loc(row, col, "theme_code"));
                locations.put(base + ".title", loc(row, col, "title"));
                locations.put(base + ".description", loc(row, col, "description"));
                locations.put(base + ".order", loc(row, col, "order"));
                locations.put(base + ".crossReferenceTo", loc(row, col, "cross_reference_to"));
            }
            if (change != null) {
                int mi = mapping.size();
                mapping.add(new MappingEntry(code, predecessorCode, change));
                String base = "mapping[" + mi + "]";
                locations.put(base, new FrameworkFile.Location(row.line, 1));
                locations.put(base + ".code", loc(row, col, "code"));
                locations.put(base + ".predecessorCode", loc(row, col, "predecessor_code"));
                locations.put(base + ".change", loc(row, col, "change"));
            }
        }
        if (!problems.isEmpty()) throw new FrameworkFileRejected(problems);
        return new FrameworkFile(new FrameworkSpec(name, label, new ArrayList<>(themes.values()), characteristics, mapping),
                predecessorId, predecessorLabel, locations);
    }

    private static String value(Row row, Map<String, Integer> col, String column) {
        Integer i = col.get(column);
        if (i == null || i >= row.values.size()) return null;
        String v = row.values.get(i).trim();
        return v.isEmpty() ? null : v;
    }

    private static FrameworkFile.Location loc(Row row, Map<String, Integer> col, String column) {
        Integer i = col.get(column);
        return new FrameworkFile.Location(row.line, i == null ? 1 : i + 1);
    }

    private static FileProblem at(Row row, Map<String, Integer> col, String column, String field, String message) {
        FrameworkFile.Location l = loc(row, col, column);
        return new FileProblem(l.line(), l.column(), field, message);
    }

    /** RFC 4180: fields separated by commas, quoted with double quotes, quotes doubled, newlines inside quotes. */
    static List<Row> parse(String text, List<FileProblem> problems) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        boolean quoted = false;
        boolean wasQuoted = false;
        int quoteLine = 0;
        int quoteColumn = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (ch == '\n') line++;
                    field.append(ch);
                }
                continue;
            }
            if (ch == '"') {
                if (field.length() > 0 || wasQuoted) {
                    problems.add(new FileProblem(line, fields.size() + 1, "$", "a quote may only start a field"));
                    return rows;
                }
                quoted = true;
                wasQuoted = true;
                quoteLine = line;
                quoteColumn = fields.size() + 1;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (ch == '\r') {
                // part of a CRLF line end
            } else if (ch == '\n') {
                fields.add(field.toString());
                rows.add(new Row(rowLine, List.copyOf(fields)));
                fields.clear();
                field.setLength(0);
                wasQuoted = false;
                line++;
                rowLine = line;
            } else {
                if (wasQuoted) {
                    problems.add(new FileProblem(line, fields.size() + 1, "$", "text after a closing quote"));
                    return rows;
                }
                field.append(ch);
            }
        }
        if (quoted) {
            problems.add(new FileProblem(quoteLine, quoteColumn, "$", "a quoted field is never closed"));
            return rows;
        }
        if (field.length() > 0 || !fields.isEmpty() || wasQuoted) {
            fields.add(field.toString());
            rows.add(new Row(rowLine, List.copyOf(fields)));
        }
        return rows;
    }
}
