package org.bestvalue.action.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.bestvalue.action.actionplan.Rag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * Request bodies. Shape checks (presence, length, format) answer 400 naming the field; the domain's own
 * rules (a completion note, a reason, dates in order) are the decider's and answer 422.
 */
public final class Requests {
    private Requests() {
    }

    @Schema(name = "RaiseOpportunity")
    public record RaiseOpportunity(
            @NotBlank @Size(max = 20) @Schema(examples = "CI011") String characteristicCode,
            @NotBlank @Size(max = 4000) @Schema(examples = "Benchmarking is not used consistently to set improvement targets") String gap) {
    }

    @Schema(name = "ReviseGap")
    public record ReviseGap(@NotBlank @Size(max = 4000) @Schema(examples = "No corporate benchmarking framework") String gap) {
    }

    @Schema(name = "PlanAction")
    public record PlanAction(
            @NotBlank @Size(max = 4000) @Schema(examples = "Adopt an LG Inform benchmarking set for every service plan") String description,
            @NotEmpty @Size(max = 20) @Schema(examples = "[\"5c1b7e0e-officer-sub\"]") List<@NotBlank @Size(max = 100) String> officers,
            @NotBlank @Size(max = 200) @Schema(examples = "Corporate Policy and Performance") String serviceArea,
            @NotBlank @Pattern(regexp = "\\d{4}-(Q[1-4]|0[1-9]|1[0-2])", message = "must be a month (2024-09) or a quarter (2024-Q3)")
            @Schema(examples = "2024-Q3") String indicativeTimeline,
            @Schema(description = "Optional refined start date", examples = "2024-07-01") LocalDate start,
            @Schema(description = "Optional refined end date, not before start", examples = "2024-09-30") LocalDate end) {
    }

    @Schema(name = "Schedule")
    public record Schedule(@NotNull @Schema(examples = "2024-07-01") LocalDate start,
                           @NotNull @Schema(examples = "2024-12-31") LocalDate end) {
    }

    @Schema(name = "Start")
    public record Start(@Schema(description = "Defaults to today", examples = "2024-07-08") LocalDate on) {
    }

    @Schema(name = "ReportProgress", description = "A percent complete, a narrative, or both")
    public record ReportProgress(
            @Schema(description = "Defaults to today", examples = "2024-10-01") LocalDate on,
            @Min(0) @Max(100) @Schema(examples = "40") Integer percent,
            @Schema(examples = "AMBER") Rag rag,
            @Size(max = 4000) @Schema(examples = "Benchmark set agreed; two service plans updated") String note,
            @Schema(description = "Show the note on the council's public page once the plan is published; default false (internal)")
            Boolean notePublic) {
    }

    @Schema(name = "Complete")
    public record Complete(@Schema(description = "Defaults to today", examples = "2024-12-16") LocalDate on,
                           @Size(max = 4000) @Schema(description = "Required: what was done", examples = "All service plans carry benchmarks") String completionNote,
                           @Schema(description = "Show the completion note on the council's public page; default false (internal)")
                           Boolean notePublic) {
    }

    @Schema(name = "Defer")
    public record Defer(@Size(max = 4000) @Schema(description = "Required", examples = "Awaiting the new corporate plan") String reason,
                        @Schema(description = "Optional date after today", examples = "2025-04-01") LocalDate until) {
    }

    @Schema(name = "Cancel")
    public record Cancel(@Size(max = 4000) @Schema(description = "Required", examples = "Superseded by the LGA peer challenge action") String reason) {
    }

    @Schema(name = "LinkExternalReference")
    public record LinkExternalReference(@NotBlank @Size(max = 100) @Schema(examples = "business-planning-tool") String system,
                                        @NotBlank @Size(max = 200) @Schema(examples = "IYA-2024-0173") String reference) {
    }
}
