package org.bestvalue.scoring.score;

/**
 * A characteristic of the cycle's framework version, from the local view of the assessment.
 *
 * @param crossReferenceTo the code a "see CI012" cell points to; such a cell is never scored
 */
public record Characteristic(String code, String themeCode, String crossReferenceTo) {
}
