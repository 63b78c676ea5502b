package org.hearth.db.convert;

import java.nio.ByteBuffer;
import java.util.UUID;

import org.jooq.impl.AbstractConverter;

/** Keys are UUIDs stored as {@code BINARY(16)}, most significant half first, so v7 keys sort by creation time. */
public final class UuidBinaryConverter extends AbstractConverter<byte[], UUID> {

	public UuidBinaryConverter() {
		super(byte[].class, UUID.class);
	}

	@Override
	public UUID from(byte[] bytes) {
		if (bytes == null) {
			return null;
		}
		ByteBuffer buffer = ByteBuffer.wrap(bytes);
		return new UUID(buffer.getLong(), buffer.getLong());
	}

	@Override
	public byte[] to(UUID uuid) {
		if (uuid == null) {
			return null;
		}
		return ByteBuffer.allocate(16)
			.putLong(uuid.getMostSignificantBits())
			.putLong(uuid.getLeastSignificantBits())
			.array();
	}

}
