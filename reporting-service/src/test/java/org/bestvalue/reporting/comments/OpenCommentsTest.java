package org.bestvalue.reporting.comments;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OpenCommentsTest {
    static final Instant T = Instant.parse("2024-06-12T09:00:00Z");

    static CommentEvent e(String thread, String code, String type, int minutes, long version) {
        return new CommentEvent(thread, code, type, T.plusSeconds(60L * minutes), version);
    }

    @Test
    void aThreadIsOpenUntilResolvedAndOpenAgainWhenReopened() {
        List<CommentEvent> events = List.of(
                e("t1", "CI010", "CommentThreadStarted", 0, 1), e("t1", "CI010", "CommentReplied", 5, 2),
                e("t2", "CI010", "CommentThreadStarted", 1, 1), e("t2", "CI010", "CommentThreadResolved", 10, 2),
                e("t3", "L003", "CommentThreadStarted", 2, 1), e("t3", "L003", "CommentThreadResolved", 20, 2),
                e("t3", "L003", "CommentThreadReopened", 30, 3));
        assertThat(OpenComments.perCharacteristic(events, null)).containsExactlyInAnyOrderEntriesOf(Map.of("CI010", 1, "L003", 1));
        assertThat(OpenComments.perCharacteristic(events, T.plusSeconds(60 * 25)))
                .as("before L003's thread was reopened").containsExactlyInAnyOrderEntriesOf(Map.of("CI010", 1));
        assertThat(OpenComments.perCharacteristic(events, T.plusSeconds(60 * 3)))
                .as("before anything was resolved").containsExactlyInAnyOrderEntriesOf(Map.of("CI010", 2, "L003", 1));
        assertThat(OpenComments.perCharacteristic(events, T.minusSeconds(1))).isEmpty();
    }

    @Test
    void aThreadsEventsAreFoldedInTheirStreamsOrderWhateverOrderTheyArriveIn() {
        List<CommentEvent> events = List.of(e("t1", "G001", "CommentThreadResolved", 0, 2), e("t1", "G001", "CommentThreadStarted", 0, 1));
        assertThat(OpenComments.perCharacteristic(events, null)).isEmpty();
    }
}
