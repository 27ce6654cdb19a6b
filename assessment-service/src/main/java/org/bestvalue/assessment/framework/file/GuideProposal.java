package org.bestvalue.assessment.framework.file;

import org.bestvalue.assessment.framework.Change;
import org.bestvalue.assessment.framework.Characteristic;
import org.bestvalue.assessment.framework.FrameworkSpec;
import org.bestvalue.assessment.framework.FrameworkVersion;
import org.bestvalue.assessment.framework.MappingEntry;
import org.bestvalue.assessment.framework.Theme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a guide's wording into a framework version the council can review: codes assigned the way the
 * council numbers its grid, and a mapping onto the previous version proposed for the council to edit.
 * <ul>
 *   <li>Themes keep the previous version's code when the title is the same (so "Use of Resources" stays R);
 *   a new theme's code is the initials of its title's words (without "and", "of", "the"...), made unique.</li>
 *   <li>Characteristics are numbered within their theme in the guide's order: CI001, CI002, ...</li>
 *   <li>Wording the guide repeats under a later theme is a cross-reference cell ("See CI012"), as the
 *   council's grid shows G002: shown, never scored.</li>
 *   <li>Proposed mapping: the same wording in the previous version is UNCHANGED; otherwise the same code in
 *   the same theme is REWORDED; anything else is ADDED; what the previous version had and nothing maps onto
 *   is REMOVED. A council that merged, split or kept a characteristic edits the mapping before importing.</li>
 * </ul>
 * Pure.
 */
public final class GuideProposal {
    private static final Set<String> SMALL_WORDS = Set.of("and", "of", "the", "for", "in", "to", "a", "an", "with", "on");

    private GuideProposal() {
    }

    /** @param predecessor the version the new one follows (null for a first version: no mapping) */
    public static FrameworkFile propose(GuideText text, String name, String label, FrameworkVersion predecessor) {
        Map<String, FrameworkFile.Location> locations = new HashMap<>();
        List<Theme> themes = new ArrayList<>();
        List<Characteristic> characteristics = new ArrayList<>();
        Map<String, String> codeOfWording = new HashMap<>();
        Set<String> themeCodes = new HashSet<>();
        for (GuideText.ThemeText t : text.themes()) {
            String title = GuidePageReader.NUMBERING.matcher(GuidePageReader.clean(t.title())).replaceFirst("");
            String themeCode = themeCode(title, predecessor, themeCodes);
            int ti = themes.size();
            themes.add(new Theme(themeCode, title, ti + 1));
            put(locations, "themes[" + ti + "]", t.at());
            put(locations, "themes[" + ti + "].title", t.at());
            Map<String, String> ownWording = new HashMap<>();
            for (int i = 0; i < t.characteristics().size(); i++) {
                GuideText.Item item = t.characteristics().get(i);
                String code = themeCode + String.format(Locale.ROOT, "%03d", i + 1);
                String key = normal(item.text());
                String earlier = codeOfWording.get(key);
                int ci = characteristics.size();
                if (earlier != null) {
                    characteristics.add(new Characteristic(code, themeCode, "See " + earlier, null, i + 1, earlier));
                } else {
                    characteristics.add(new Characteristic(code, themeCode, item.text(), null, i + 1, null));
                    ownWording.putIfAbsent(key, code);
                }
                put(locations, "characteristics[" + ci + "]", item.at());
                put(locations, "characteristics[" + ci + "].title", item.at());
                put(locations, "characteristics[" + ci + "].code", item.at());
            }
            ownWording.forEach(codeOfWording::putIfAbsent);
        }
        List<MappingEntry> mapping = predecessor == null ? List.of() : mapping(characteristics, predecessor);
        return new FrameworkFile(new FrameworkSpec(name, label, themes, characteristics, mapping),
                predecessor == null ? null : predecessor.id(), null, locations);
    }

    private static List<MappingEntry> mapping(List<Characteristic> characteristics, FrameworkVersion predecessor) {
        Map<String, String> previousByWording = new LinkedHashMap<>();
        for (Characteristic p : predecessor.scored()) previousByWording.putIfAbsent(normal(p.title()), p.code());
        Set<String> used = new HashSet<>();
        Map<String, MappingEntry> byCode = new LinkedHashMap<>();
        List<Characteristic> scored = characteristics.stream().filter(c -> !c.hasCrossReference()).toList();
        for (Characteristic c : scored) {
            String same = previousByWording.get(normal(c.title()));
            if (same != null && used.add(same)) byCode.put(c.code(), new MappingEntry(c.code(), same, Change.UNCHANGED));
        }
        for (Characteristic c : scored) {
            if (byCode.containsKey(c.code())) continue;
            boolean sameCell = predecessor.characteristic(c.code())
                    .filter(p -> !p.hasCrossReference() && p.themeCode().equals(c.themeCode())).isPresent();
            if (sameCell && used.add(c.code())) byCode.put(c.code(), new MappingEntry(c.code(), c.code(), Change.REWORDED));
        }
        List<MappingEntry> out = new ArrayList<>();
        for (Characteristic c : scored) out.add(byCode.getOrDefault(c.code(), new MappingEntry(c.code(), null, Change.ADDED)));
        for (Characteristic p : predecessor.scored()) {
            if (!used.contains(p.code())) out.add(new MappingEntry(null, p.code(), Change.REMOVED));
        }
        return out;
    }

    private static String themeCode(String title, FrameworkVersion predecessor, Set<String> taken) {
        if (predecessor != null) {
            for (Theme t : predecessor.themes()) {
                if (normal(t.title()).equals(normal(title)) && taken.add(t.code())) return t.code();
            }
        }
        StringBuilder initials = new StringBuilder();
        for (String word : title.split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty() || SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT))) continue;
            initials.append(Character.toUpperCase(word.charAt(0)));
        }
        String base = initials.toString().replaceAll("[^A-Z0-9]", "");
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) base = "T" + base;
        if (base.length() > 8) base = base.substring(0, 8);
        String code = base;
        for (int n = 2; !taken.add(code); n++) code = base + n;
        return code;
    }

    /** Wording compared without case, spacing, curly quotes or a final full stop. */
    static String normal(String s) {
        return GuidePageReader.clean(s).toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201c', '"').replace('\u201d', '"').replaceAll("[.;:,]+$", "");
    }

    private static void put(Map<String, FrameworkFile.Location> locations, String path, GuideText.At at) {
        FrameworkFile.Location l = at == null ? null : at.location();
        if (l != null) locations.put(path, l);
    }
}
