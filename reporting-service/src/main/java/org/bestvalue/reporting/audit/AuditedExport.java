package org.bestvalue.reporting.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a read that hands personal data or a committee document out of the suite (an export of the audit log, a
 * committee pack, the position statement book, a theme pack, a progress report). Each successful answer of such an
 * endpoint is recorded in the council's audit log: who exported which document, with which parameters, and when
 * ({@link ExportRecorder} appends a {@link DocumentExported} to reporting's own event store before the answer leaves).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AuditedExport {
    /** The document's name as the audit log shows it, kebab-case: {@code committee-pack}, {@code audit-log}. */
    String value();

    /**
     * The media types whose answers are exports (e.g. the CSV and XLSX of a list whose JSON pages are mere reads); empty,
     * the default: every successful answer is.
     */
    String[] formats() default {};
}
