package org.bestvalue.assessment.framework.file;

/**
 * One thing wrong with an imported file, where a person editing it can find it.
 *
 * @param line   1-based line of the file (null when the problem is not on one line, e.g. a missing mapping)
 * @param column 1-based column: the character position in JSON, the field position in CSV
 * @param field  the field as the request names it, e.g. {@code characteristics[3].code}
 */
public record FileProblem(Integer line, Integer column, String field, String message) {
}
