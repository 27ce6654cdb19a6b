package org.bestvalue.e2e.story;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The colours of the council's story. 2024: the council's reported outcome (13 dark green, 42 light
 * green, 15 yellow, 1 amber, 0 red, 2 grey). The report names CI010 amber, CI011 yellow, L009 and C003
 * grey; the other cells are chosen so that the totals match and no theme is mostly yellow or amber.
 * The path to some finals goes through revisions, as the report describes: a moderator's consistency
 * check, and leadership review of everything yellow or worse with a rescore after more evidence.
 */
final class CouncilScores {
    static final String DG = "DARK_GREEN", LG = "LIGHT_GREEN", Y = "YELLOW", A = "AMBER", R = "RED", GREY = "GREY";

    static final Set<String> DARK_GREEN_2024 = Set.of("CI001", "CI002", "L001", "L002", "G001", "G003", "C001", "R001",
            "R002", "SD001", "SD002", "PCE001", "PCE002");
    static final Set<String> YELLOW_2024 = Set.of("CI011", "CI012", "L003", "L007", "G005", "G008", "C006", "C009", "R004",
            "R008", "R011", "SD003", "SD007", "PCE004", "PCE006");
    static final Set<String> AMBER_2024 = Set.of("CI010");
    static final Set<String> GREY_2024 = Set.of("L009", "C003");

    /** 2024 final colour of a scored characteristic. */
    static String final2024(String code) {
        if (DARK_GREEN_2024.contains(code)) return DG;
        if (YELLOW_2024.contains(code)) return Y;
        if (AMBER_2024.contains(code)) return A;
        if (GREY_2024.contains(code)) return GREY;
        return LG;
    }

    /** What the theme's reviewer first gave, where the moderator later revised it. */
    static final Map<String, String> REVIEWER_FIRST_2024 = Map.of(
            "R004", LG,   // moderator: gaps in the narrative → yellow
            "SD001", LG,  // moderator: consistent with SD002 → dark green
            "G008", R,    // moderator → amber; leadership, having seen more evidence → yellow
            "C006", A);   // leadership asks for more evidence; narrative updated; rescored yellow

    static String reviewerFirst2024(String code) {
        return REVIEWER_FIRST_2024.getOrDefault(code, final2024(code));
    }

    /** The moderator's revisions in 2024: code → revised colour. */
    static final Map<String, String> MODERATOR_REVISES_2024 = Map.of("R004", Y, "SD001", DG, "G008", A);

    /**
     * 2025: the council re-assesses on its own list (framework version council-2025, mapped onto the
     * statutory one): 69 scored characteristics instead of 73. L009 (all-out elections) is dropped, as the
     * statutory guidance had dropped it; four pairs that one position statement already covered are merged
     * into the first code of each pair; CI013 (delivering the self-assessment's action plan) is added.
     */
    static final Map<String, String> MERGED_2025 = Map.of("CI006", "CI005", "C003", "C002", "R005", "R004", "SD007", "SD003");
    static final List<String> REMOVED_2025 = List.of("L009");
    static final List<String> ADDED_2025 = List.of("CI013");

    /** 2025: carried forward and rescored; these moved, everything else stayed. */
    static final Map<String, String> CHANGES_2025 = new LinkedHashMap<>();

    static {
        CHANGES_2025.put("CI010", Y);   // improved from amber
        CHANGES_2025.put("CI011", LG);  // improved from yellow
        CHANGES_2025.put("R004", LG);   // merged with R005 (light green): improved from the weaker part, yellow
        CHANGES_2025.put("G008", LG);   // improved from yellow
        CHANGES_2025.put("L004", DG);   // improved from light green
        CHANGES_2025.put("SD001", LG);  // declined from dark green
        CHANGES_2025.put("PCE003", Y);  // declined from light green
        CHANGES_2025.put("CI013", LG);  // added in 2025: new
    }

    static final List<String> IMPROVED_2025 = List.of("CI010", "CI011", "R004", "G008", "L004");
    static final List<String> DECLINED_2025 = List.of("SD001", "PCE003");

    /** 69 lines compare a 2025 characteristic with its 2024 predecessor(s); one more names the removed L009. */
    static final int UNCHANGED_2025 = 69 - IMPROVED_2025.size() - DECLINED_2025.size() - ADDED_2025.size();

    static String final2025(String code) {
        return CHANGES_2025.getOrDefault(code, final2024(code));
    }

    static boolean needsLeadership(String colour) {
        return Y.equals(colour) || A.equals(colour) || R.equals(colour);
    }

    /** The demo user who reviews a theme: one independent reviewer per theme. */
    static String reviewerOf(String themeCode) {
        return "reviewer-" + themeCode.toLowerCase();
    }

    /** The service area that answers for a theme, and its head of service (an action owner in the plan). */
    private record ServiceArea(String name, String head) {
        static ServiceArea of(String themeCode) {
            return switch (themeCode) {
                case "R" -> new ServiceArea("Finance", "action-owner-finance");
                case "C", "L" -> new ServiceArea("People and Organisational Development", "action-owner-people");
                case "G", "PCE" -> new ServiceArea("Democratic and Legal Services", "action-owner-democratic");
                default -> new ServiceArea("Digital, Business Planning and Performance", "action-owner-digital");
            };
        }
    }

    /** The head of service who joined the workshops of a theme (an action owner in the plan). */
    static String workshopLeadOf(String themeCode) {
        return ServiceArea.of(themeCode).head();
    }

    static String serviceAreaOf(String themeCode) {
        return ServiceArea.of(themeCode).name();
    }

    private CouncilScores() {
    }
}
