package org.bestvalue.reporting.benchmark;

import org.bestvalue.eventkit.testing.AsyncApiContract;
import org.junit.jupiter.api.Test;

/** The consent's events are documented, every field, in the shared envelope on the service's own topic. */
class BenchmarkSharingAsyncApiTest {
    @Test
    void everyConsentEventIsDocumentedWithEveryField() {
        AsyncApiContract.assertDocumentsEvery(AsyncApiContract.read("asyncapi.yaml"), BenchmarkSharingEvent.class);
    }
}
