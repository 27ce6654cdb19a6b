package org.bestvalue.reporting;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.bestvalue.reporting.application.HeatMapDocuments;
import org.bestvalue.reporting.application.Reports;
import org.bestvalue.reporting.heatmap.Colour;
import org.bestvalue.reporting.heatmap.HeatMap;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The heat-map now is kept as a document while the council's read models stand still, and made again when they move. */
@QuarkusTest
class HeatMapDocumentsTests extends FedTests {
    static final CouncilHistory HISTORY = new CouncilHistory("documents-borough").year2024();

    @Inject
    Reports reports;

    HeatMapDocumentsTests() {
        super(HISTORY);
    }

    HeatMapDocuments.Document now() {
        return Reads.await(() -> reports.heatMapDocument(HISTORY.council, HISTORY.cycle2024));
    }

    static Colour colourOf(HeatMap map, String code) {
        return map.themes().stream().flatMap(t -> t.cells().stream()).filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow().colour();
    }

    @Test
    void theDocumentIsServedAsKeptUntilAnEventOfTheCouncilIsAppliedThenItShowsTheChange() {
        HeatMapDocuments.Document first = now();
        assertThat(now()).as("nothing applied since: the kept document").isSameAs(first);
        assertThat(colourOf(first.map(), "CI010")).isEqualTo(Colour.AMBER);

        // A recheck finalises CI010 green: applied through the inbox, as a record from Kafka is.
        feed(List.of(HISTORY.refinalise2024("CI010", Colour.LIGHT_GREEN, Instant.parse("2024-09-01T09:00:00Z"))));
        HeatMapDocuments.Document after = now();
        assertThat(after).isNotSameAs(first);
        assertThat(after.version()).isGreaterThan(first.version());
        assertThat(colourOf(after.map(), "CI010")).isEqualTo(Colour.LIGHT_GREEN);
        assertThat(after.etag()).isNotEqualTo(first.etag());
        assertThat(now()).isSameAs(after);
    }

    @Test
    void anotherCouncilsChangeDoesNotRemakeThisCouncilsDocument() {
        HeatMapDocuments.Document first = now();
        CouncilHistory other = new CouncilHistory("documents-neighbour").year2024();
        feed(other.events());
        assertThat(now()).isSameAs(first);
    }
}
