package org.bestvalue.reporting.benchmark;

/** Whether a council shares its final colours with the sector benchmark. Never decided = not sharing. */
public record BenchmarkSharing(boolean sharing) {
    public static final BenchmarkSharing NOT_SHARING = new BenchmarkSharing(false);
}
