package org.hearth.episode;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;

import org.hearth.graphql.InvalidArgumentException;

/** Opaque cursors for the episode list: an episode's place in the urgency order, base64-encoded. */
final class EpisodeCursor {

	private EpisodeCursor() {
	}

	static String encode(EpisodeRepository.Position position) {
		String plain = (position.closed() ? "1" : "0") + "|" + position.due() + "|" + position.id();
		return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
	}

	static EpisodeRepository.Position decode(String cursor) {
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
			if (parts.length != 3 || !(parts[0].equals("0") || parts[0].equals("1"))) {
				throw new IllegalArgumentException("Wrong shape");
			}
			return new EpisodeRepository.Position(parts[0].equals("1"), LocalDate.parse(parts[1]),
					UUID.fromString(parts[2]));
		}
		catch (RuntimeException ex) {
			throw new InvalidArgumentException("'after' is not a cursor from this list.");
		}
	}

}
