package com.rhosocial.activerecord.internal;

import com.rhosocial.activerecord.model.Kind;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The current time for timestamps and soft deletes, in UTC and truncated to microseconds so that the value kept in
 * the record equals the value the database stores.
 */
public final class Clock {

    private Clock() {
    }

    /** Now, as a value of a timestamp {@code kind}. */
    public static Object now(Kind kind) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        switch (kind) {
            case LOCAL_DATE_TIME: return LocalDateTime.ofInstant(now, ZoneOffset.UTC);
            case OFFSET_DATE_TIME: return now.atOffset(ZoneOffset.UTC);
            case INSTANT: return now;
            default: throw new IllegalArgumentException("not a timestamp kind: " + kind);
        }
    }
}
