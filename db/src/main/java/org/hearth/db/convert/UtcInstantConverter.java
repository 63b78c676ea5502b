package org.hearth.db.convert;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.jooq.impl.AbstractConverter;

/** Moments are stored as {@code DATETIME(6)} in UTC: no time-zone conversion by the server or the driver. */
public final class UtcInstantConverter extends AbstractConverter<LocalDateTime, Instant> {

	public UtcInstantConverter() {
		super(LocalDateTime.class, Instant.class);
	}

	@Override
	public Instant from(LocalDateTime value) {
		return value == null ? null : value.toInstant(ZoneOffset.UTC);
	}

	@Override
	public LocalDateTime to(Instant value) {
		return value == null ? null : LocalDateTime.ofInstant(value, ZoneOffset.UTC);
	}

}
