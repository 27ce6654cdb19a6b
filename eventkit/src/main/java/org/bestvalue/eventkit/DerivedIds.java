package org.bestvalue.eventkit;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Ids derived from what identifies a thing (a council and a label, a cycle and a characteristic, a
 * council and an idempotency key), so the same request or the same event always names the same
 * stream. Name-based UUIDs (RFC 4122 version 3) over the parts joined by '|' in UTF-8.
 */
public final class DerivedIds {
    private DerivedIds() {
    }

    public static UUID uuid(Object... parts) {
        StringBuilder seed = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) seed.append('|');
            seed.append(parts[i]);
        }
        return UUID.nameUUIDFromBytes(seed.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A new random id, or one derived from the idempotency key so a retried create names the same stream. */
    public static UUID forCreate(CommandContext ctx, String kind) {
        return ctx.idempotencyKey() == null ? UUID.randomUUID() : uuid(kind, ctx.councilId(), ctx.idempotencyKey());
    }
}
