package org.bestvalue.assessment.framework.file;

import org.bestvalue.assessment.framework.FrameworkRules;
import org.bestvalue.assessment.framework.FrameworkSpec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A framework version read from a file, with where each element and field stood, so that the rules'
 * findings can be reported by line and column.
 */
public record FrameworkFile(FrameworkSpec spec, UUID predecessorId, String predecessorLabel, Map<String, Location> locations) {
    /** Where something stands in the file. */
    public record Location(int line, int column) {
    }

    public FrameworkFile {
        locations = new HashMap<>(locations);
    }

    /** The location of a field path such as {@code characteristics[3].code}, else of its element, else none. */
    public Location locate(String path) {
        Location l = locations.get(path);
        if (l == null && path.contains("].")) l = locations.get(path.substring(0, path.indexOf("].") + 1));
        return l;
    }

    public FileProblem problem(String path, String message) {
        Location l = locate(path);
        return new FileProblem(l == null ? null : l.line(), l == null ? null : l.column(), path, message);
    }

    /** Every rule the content breaks, located in the file. */
    public List<FileProblem> problems(java.util.Set<String> predecessorCodes) {
        List<FileProblem> out = new ArrayList<>();
        for (FrameworkRules.Issue i : FrameworkRules.check(spec, predecessorCodes)) out.add(problem(i.path(), i.message()));
        return out;
    }
}
