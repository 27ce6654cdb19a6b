package org.bestvalue.assessment.framework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a framework version must keep, as a list of everything wrong with it (not just the first
 * thing), so an importer can report every bad line of a file at once. Pure: the decider and the file
 * readers share it.
 */
public final class FrameworkRules {
    public static final Pattern THEME_CODE = Pattern.compile("[A-Z][A-Z0-9]{0,9}");
    public static final Pattern CHARACTERISTIC_CODE = Pattern.compile("[A-Z][A-Z0-9-]{0,19}");
    public static final int MAX_TITLE = 500;
    public static final int MAX_DESCRIPTION = 10_000;
    public static final int MAX_NAME = 200;
    public static final Pattern LABEL = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    /**
     * A problem in a version's content.
     *
     * @param section "version", "themes", "characteristics" or "mapping"
     * @param index   position in that list (-1 for the version's own fields)
     */
    public record Issue(String section, int index, String field, String message) {
        /** The field as a JSON path the client wrote, e.g. {@code characteristics[3].code}. */
        public String path() {
            return index < 0 ? field : section + "[" + index + "]." + field;
        }
    }

    private FrameworkRules() {
    }

    public static List<Issue> check(FrameworkSpec spec, Set<String> predecessorCodes) {
        List<Issue> issues = new ArrayList<>();
        if (blank(spec.name())) issues.add(new Issue("version", -1, "name", "name is required"));
        else if (spec.name().length() > MAX_NAME) issues.add(new Issue("version", -1, "name", "name is longer than " + MAX_NAME));
        if (blank(spec.label())) issues.add(new Issue("version", -1, "label", "label is required"));
        else if (!LABEL.matcher(spec.label()).matches())
            issues.add(new Issue("version", -1, "label", "label must be lower case letters, digits, '.', '_' or '-' (e.g. statutory-2024)"));

        Set<String> themeCodes = new HashSet<>();
        if (spec.themes().isEmpty()) issues.add(new Issue("version", -1, "themes", "a version needs at least one theme"));
        for (int i = 0; i < spec.themes().size(); i++) {
            Theme t = spec.themes().get(i);
            if (blank(t.code()) || !THEME_CODE.matcher(t.code()).matches())
                issues.add(new Issue("themes", i, "code", "theme code must be upper-case letters and digits, e.g. CI"));
            else if (!themeCodes.add(t.code())) issues.add(new Issue("themes", i, "code", "duplicate theme code " + t.code()));
            if (blank(t.title())) issues.add(new Issue("themes", i, "title", "theme title is required"));
            else if (t.title().length() > MAX_NAME) issues.add(new Issue("themes", i, "title", "theme title is longer than " + MAX_NAME));
            if (t.description() != null && t.description().length() > MAX_DESCRIPTION)
                issues.add(new Issue("themes", i, "description", "theme description is longer than " + MAX_DESCRIPTION));
        }

        Map<String, Characteristic> byCode = new HashMap<>();
        if (spec.characteristics().isEmpty())
            issues.add(new Issue("version", -1, "characteristics", "a version needs at least one characteristic"));
        for (int i = 0; i < spec.characteristics().size(); i++) {
            Characteristic c = spec.characteristics().get(i);
            if (blank(c.code()) || !CHARACTERISTIC_CODE.matcher(c.code()).matches())
                issues.add(new Issue("characteristics", i, "code", "characteristic code must be upper-case letters and digits, e.g. CI001"));
            else if (byCode.putIfAbsent(c.code(), c) != null)
                issues.add(new Issue("characteristics", i, "code", "duplicate characteristic code " + c.code()));
            if (blank(c.themeCode())) issues.add(new Issue("characteristics", i, "themeCode", "themeCode is required"));
            else if (!themeCodes.contains(c.themeCode()))
                issues.add(new Issue("characteristics", i, "themeCode", "unknown theme " + c.themeCode()));
            if (blank(c.title())) issues.add(new Issue("characteristics", i, "title", "title is required"));
            else if (c.title().length() > MAX_TITLE) issues.add(new Issue("characteristics", i, "title", "title is longer than " + MAX_TITLE));
            if (c.description() != null && c.description().length() > MAX_DESCRIPTION)
                issues.add(new Issue("characteristics", i, "description", "description is longer than " + MAX_DESCRIPTION));
        }
        for (int i = 0; i < spec.characteristics().size(); i++) {
            Characteristic c = spec.characteristics().get(i);
            if (c.crossReferenceTo() == null) continue;
            Characteristic target = byCode.get(c.crossReferenceTo());
            if (c.crossReferenceTo().equals(c.code()))
                issues.add(new Issue("characteristics", i, "crossReferenceTo", "a cell cannot refer to itself"));
            else if (target == null)
                issues.add(new Issue("characteristics", i, "crossReferenceTo", "refers to unknown characteristic " + c.crossReferenceTo()));
            else if (target.hasCrossReference())
                issues.add(new Issue("characteristics", i, "crossReferenceTo", c.crossReferenceTo() + " is itself a cross-reference"));
        }

        checkMapping(spec, byCode, predecessorCodes, issues);
        return issues;
    }

    private static void checkMapping(FrameworkSpec spec, Map<String, Characteristic> byCode, Set<String> predecessorCodes,
                                     List<Issue> issues) {
        List<MappingEntry> mapping = spec.mapping();
        if (predecessorCodes == null) {
            if (!mapping.isEmpty()) issues.add(new Issue("version", -1, "mapping", "a mapping needs a predecessor version"));
            return;
        }
        Map<String, List<MappingEntry>> byNew = new HashMap<>();
        Map<String, List<MappingEntry>> byOld = new HashMap<>();
        Set<String> retained = new HashSet<>();
        for (int i = 0; i < mapping.size(); i++) {
            MappingEntry m = mapping.get(i);
            if (m.change() == null) {
                issues.add(new Issue("mapping", i, "change", "change must be one of UNCHANGED, REWORDED, REMOVED, ADDED, SPLIT, MERGED"));
                continue;
            }
            boolean needsNew = m.change() != Change.REMOVED;
            boolean needsOld = m.change() != Change.ADDED;
            if (needsNew && blank(m.code())) issues.add(new Issue("mapping", i, "code", "code is required for " + m.change()));
            if (!needsNew && !blank(m.code())) issues.add(new Issue("mapping", i, "code", "a removed characteristic has no code in this version"));
            if (needsOld && blank(m.predecessorCode()))
                issues.add(new Issue("mapping", i, "predecessorCode", "predecessorCode is required for " + m.change()));
            if (!needsOld && !blank(m.predecessorCode()))
                issues.add(new Issue("mapping", i, "predecessorCode", "an added characteristic has no predecessorCode"));
            if (needsNew && !blank(m.code())) {
                Characteristic c = byCode.get(m.code());
                if (c == null) issues.add(new Issue("mapping", i, "code", "unknown characteristic " + m.code() + " in this version"));
                else if (c.hasCrossReference()) issues.add(new Issue("mapping", i, "code", m.code() + " is a cross-reference and is not mapped"));
                else byNew.computeIfAbsent(m.code(), k -> new ArrayList<>()).add(m);
            }
            if (needsOld && !blank(m.predecessorCode())) {
                if (!predecessorCodes.contains(m.predecessorCode()))
                    issues.add(new Issue("mapping", i, "predecessorCode", "unknown characteristic " + m.predecessorCode() + " in the predecessor"));
                else byOld.computeIfAbsent(m.predecessorCode(), k -> new ArrayList<>()).add(m);
            }
            // A council may keep a characteristic the guidance removed (the seed's L009): same code, entry REMOVED.
            if (m.change() == Change.REMOVED && m.predecessorCode() != null && byCode.containsKey(m.predecessorCode()))
                retained.add(m.predecessorCode());
        }
        for (int i = 0; i < mapping.size(); i++) {
            MappingEntry m = mapping.get(i);
            if (m.change() == null) continue;
            List<MappingEntry> sameNew = m.code() == null ? List.of() : byNew.getOrDefault(m.code(), List.of());
            if (sameNew.size() > 1 && !sameNew.stream().allMatch(x -> x.change() == Change.MERGED) && sameNew.get(1) == m)
                issues.add(new Issue("mapping", i, "code", m.code() + " is mapped more than once (only MERGED entries may share a code)"));
            List<MappingEntry> sameOld = m.predecessorCode() == null ? List.of() : byOld.getOrDefault(m.predecessorCode(), List.of());
            if (sameOld.size() > 1 && !sameOld.stream().allMatch(x -> x.change() == Change.SPLIT) && sameOld.get(1) == m)
                issues.add(new Issue("mapping", i, "predecessorCode",
                        m.predecessorCode() + " is mapped more than once (only SPLIT entries may share a predecessorCode)"));
        }
        for (int i = 0; i < spec.characteristics().size(); i++) {
            Characteristic c = spec.characteristics().get(i);
            if (c.hasCrossReference() || blank(c.code())) continue;
            if (!byNew.containsKey(c.code()) && !retained.contains(c.code()))
                issues.add(new Issue("characteristics", i, "code", c.code() + " has no mapping onto the predecessor"));
        }
        predecessorCodes.stream().sorted().filter(p -> !byOld.containsKey(p)).forEach(p ->
                issues.add(new Issue("version", -1, "mapping", "predecessor characteristic " + p + " is not mapped")));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
