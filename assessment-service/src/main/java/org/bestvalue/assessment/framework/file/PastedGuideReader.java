package org.bestvalue.assessment.framework.file;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a guide's characteristics pasted from the published text rather than saved as a page:
 * <ul>
 *   <li>CSV with a header row naming the columns {@code theme} and {@code characteristic}, one row per
 *   characteristic in the guide's order (the theme named on every row);</li>
 *   <li>JSON: {@code {"themes": [{"title": "...", "characteristics": ["...", "..."]}]}}.</li>
 * </ul>
 * Like the page, it carries wording only: {@link GuideProposal} numbers the characteristics.
 */
public final class PastedGuideReader {
    private final ObjectMapper mapper;

    public PastedGuideReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** @throws FrameworkFileRejected when the CSV lacks its columns or has rows without a theme or a characteristic */
    public GuideText readCsv(String text) {
        List<FileProblem> problems = new ArrayList<>();
        List<CsvFrameworkReader.Row> rows = CsvFrameworkReader.parse(text, problems);
        if (!problems.isEmpty()) throw new FrameworkFileRejected(problems);
        if (rows.isEmpty()) throw new FrameworkFileRejected(List.of(new FileProblem(1, 1, "$", "the file is empty: a header row is required")));
        CsvFrameworkReader.Row header = rows.get(0);
        int theme = -1;
        int characteristic = -1;
        for (int i = 0; i < header.values().size(); i++) {
            String h = header.values().get(i).trim().toLowerCase(Locale.ROOT).replace("\ufeff", "");
            if (h.equals("theme")) theme = i;
            else if (h.equals("characteristic")) characteristic = i;
        }
        if (theme < 0) problems.add(new FileProblem(header.line(), null, "theme", "required column is missing"));
        if (characteristic < 0) problems.add(new FileProblem(header.line(), null, "characteristic", "required column is missing"));
        if (!problems.isEmpty()) throw new FrameworkFileRejected(problems);
        Map<String, List<GuideText.Item>> themes = new LinkedHashMap<>();
        Map<String, GuideText.At> themeAt = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (CsvFrameworkReader.Row row : rows.subList(1, rows.size())) {
            if (row.values().size() == 1 && row.values().get(0).isBlank()) continue;
            String t = cell(row, theme);
            String c = cell(row, characteristic);
            if (t.isEmpty()) problems.add(new FileProblem(row.line(), theme + 1, "theme", "a characteristic without a theme"));
            if (c.isEmpty()) problems.add(new FileProblem(row.line(), characteristic + 1, "characteristic", "the characteristic is empty"));
            if (t.isEmpty() || c.isEmpty()) continue;
            // One theme however its rows spell it: "1. Continuous improvement" and "Continuous Improvement" are the same.
            String title = GuidePageReader.NUMBERING.matcher(t).replaceFirst("");
            String key = GuideProposal.normal(title);
            titles.putIfAbsent(key, title);
            themeAt.putIfAbsent(key, new GuideText.At(row.line(), theme + 1, "theme"));
            themes.computeIfAbsent(key, k -> new ArrayList<>()).add(new GuideText.Item(c, new GuideText.At(row.line(), characteristic + 1, "characteristic")));
        }
        if (problems.isEmpty() && themes.isEmpty()) problems.add(new FileProblem(header.line(), 1, "$", "no characteristics after the header row"));
        if (!problems.isEmpty()) throw new FrameworkFileRejected(problems);
        List<GuideText.ThemeText> out = new ArrayList<>();
        themes.forEach((key, items) -> out.add(new GuideText.ThemeText(titles.get(key), themeAt.get(key), List.copyOf(items))));
        return new GuideText(out);
    }

    /** @throws FrameworkFileRejected when the JSON is not of the shape above */
    public GuideText readJson(String text) {
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            throw new FrameworkFileRejected(List.of(new FileProblem(l == null ? null : l.getLineNr(), l == null ? null : l.getColumnNr(), "$",
                    "not valid JSON: " + e.getOriginalMessage())));
        }
        List<FileProblem> problems = new ArrayList<>();
        JsonNode themes = root == null ? null : root.get("themes");
        if (themes == null || !themes.isArray() || themes.isEmpty()) {
            throw new FrameworkFileRejected(List.of(new FileProblem(null, null, "themes",
                    "themes is required: a list of {\"title\": ..., \"characteristics\": [...]}")));
        }
        List<GuideText.ThemeText> out = new ArrayList<>();
        for (int i = 0; i < themes.size(); i++) {
            JsonNode t = themes.get(i);
            String path = "themes[" + i + "]";
            String title = t.path("title").isTextual() ? GuidePageReader.clean(t.path("title").asText()) : "";
            if (title.isEmpty()) problems.add(new FileProblem(null, null, path + ".title", "the theme's title is required"));
            JsonNode items = t.path("characteristics");
            if (!items.isArray() || items.isEmpty()) {
                problems.add(new FileProblem(null, null, path + ".characteristics", "a theme needs a list of characteristics"));
                continue;
            }
            List<GuideText.Item> list = new ArrayList<>();
            for (int j = 0; j < items.size(); j++) {
                String itemPath = path + ".characteristics[" + j + "]";
                String wording = items.get(j).isTextual() ? GuidePageReader.clean(items.get(j).asText()) : "";
                if (wording.isEmpty()) problems.add(new FileProblem(null, null, itemPath, "a characteristic must be a non-empty string"));
                else list.add(new GuideText.Item(wording, new GuideText.At(null, null, itemPath)));
            }
            out.add(new GuideText.ThemeText(title, new GuideText.At(null, null, path), list));
        }
        if (!problems.isEmpty()) throw new FrameworkFileRejected(problems);
        return new GuideText(out);
    }

    private static String cell(CsvFrameworkReader.Row row, int i) {
        return i < row.values().size() ? GuidePageReader.clean(row.values().get(i)) : "";
    }
}
