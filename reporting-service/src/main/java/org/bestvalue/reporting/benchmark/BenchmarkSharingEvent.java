package org.bestvalue.reporting.benchmark;

/**
 * The record of a council's consent to the sector benchmark (stream type {@code benchmark-sharing}, one stream per
 * council, its id the council's): who decided and when are the envelope's actor and time. The contract is in
 * docs/events.md.
 */
public sealed interface BenchmarkSharingEvent {
    String councilId();

    /** The council agreed that its final colours are counted, anonymously, in the sector benchmark. */
    record BenchmarkSharingJoined(String councilId) implements BenchmarkSharingEvent {
    }

    /** The council withdrew: from now on its colours are counted nowhere, and it no longer sees the benchmark. */
    record BenchmarkSharingLeft(String councilId) implements BenchmarkSharingEvent {
    }
}
