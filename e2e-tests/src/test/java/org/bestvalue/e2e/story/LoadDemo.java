package org.bestvalue.e2e.story;

/** The launcher's demo data: the council's two years, loaded through the REST APIs (safe to run twice). */
public final class LoadDemo {
    public static void main(String[] args) {
        CouncilStory.Outcome o = CouncilStory.ensureLoaded();
        System.out.printf("Demo data %s: 2024 cycle %s (statutory-2024), 2025 cycle %s (council-2025) (%d requests, %.1f s)%n",
                o.loadedNow() ? "loaded" : "already there", o.cycle2024(), o.cycle2025(), o.requests(), o.millis() / 1000.0);
    }

    private LoadDemo() {
    }
}
