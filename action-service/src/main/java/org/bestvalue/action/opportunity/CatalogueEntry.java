package org.bestvalue.action.opportunity;

/**
 * What the cycle's framework says about a characteristic, looked up before a command is decided.
 *
 * @param crossReferenceTo the characteristic a "see CI012" cell points to; such a cell is never scored
 */
public record CatalogueEntry(String code, String themeCode, String title, String crossReferenceTo) {
}
