package org.hearth.graphql;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorEncoder;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.pagination.EncodingCursorStrategy;
import org.springframework.graphql.data.query.ScrollPositionCursorStrategy;

/**
 * The cursors of every connection: Spring for GraphQL's (a keyset position's keys as JSON, base64-encoded), which
 * also turns a returned {@code Window} into edges and page info. Hearth reads every list by keyset, so that a page
 * costs the same however deep it is: an offset cursor, or any text that is not a cursor Hearth handed out, is refused
 * as a bad argument rather than failing inside.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlCursors {

	@Bean
	EncodingCursorStrategy<ScrollPosition> cursorStrategy() {
		return CursorStrategy.withEncoder(new KeysetOnly(new ScrollPositionCursorStrategy()),
				new RefusingUnknown(CursorEncoder.base64()));
	}

	/** Keyset positions only. */
	private record KeysetOnly(CursorStrategy<ScrollPosition> positions) implements CursorStrategy<ScrollPosition> {

		@Override
		public boolean supports(Class<?> targetType) {
			return this.positions.supports(targetType);
		}

		@Override
		public String toCursor(ScrollPosition position) {
			return this.positions.toCursor(position);
		}

		@Override
		public ScrollPosition fromCursor(String cursor) {
			ScrollPosition position;
			try {
				position = this.positions.fromCursor(cursor);
			}
			catch (IllegalArgumentException ex) {
				throw InvalidArgumentException.notACursor();
			}
			if (!(position instanceof KeysetScrollPosition keyset) || keyset.scrollsBackward()) {
				throw InvalidArgumentException.notACursor();
			}
			return position;
		}

	}

	/** Text that does not decode is not a cursor. */
	private record RefusingUnknown(CursorEncoder encoder) implements CursorEncoder {

		@Override
		public String encode(String cursor) {
			return this.encoder.encode(cursor);
		}

		@Override
		public String decode(String cursor) {
			try {
				return this.encoder.decode(cursor);
			}
			catch (IllegalArgumentException ex) {
				throw InvalidArgumentException.notACursor();
			}
		}

	}

}
