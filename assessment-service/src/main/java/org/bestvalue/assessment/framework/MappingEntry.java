package org.bestvalue.assessment.framework;

/**
 * One line of a version's mapping onto its predecessor.
 *
 * @param code            the characteristic in this version (null when removed)
 * @param predecessorCode the characteristic in the predecessor (null when added)
 */
public record MappingEntry(String code, String predecessorCode, Change change) {
}
