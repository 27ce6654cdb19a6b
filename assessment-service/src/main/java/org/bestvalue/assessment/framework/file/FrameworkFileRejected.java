package org.bestvalue.assessment.framework.file;

import java.util.List;

/** An import file with problems: none of it is applied, and every problem found is reported. */
public class FrameworkFileRejected extends RuntimeException {
    private final List<FileProblem> problems;

    public FrameworkFileRejected(List<FileProblem> problems) {
        super(problems.size() + " problem(s) in the framework file; nothing was imported. First: "
                + describe(problems.get(0)));
        this.problems = List.copyOf(problems);
    }

    public List<FileProblem> problems() {
        return problems;
    }

    private static String describe(FileProblem p) {
        return (p.line() == null ? "" : "line " + p.line() + (p.column() == null ? "" : ", column " + p.column()) + ": ")
                + p.field() + ": " + p.message();
    }
}
