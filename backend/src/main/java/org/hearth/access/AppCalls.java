package org.hearth.access;

import java.util.function.Supplier;

import com.vaadin.hilla.exception.EndpointException;
import org.hearth.graphql.InvalidArgumentException;
import org.springframework.security.access.AccessDeniedException;

/**
 * How the app's endpoints answer a refusal of access or an argument to correct: as a plain endpoint error the screen
 * can show (HTTP 400 with a message), the app's counterpart of GraphQL's FORBIDDEN and BAD_REQUEST, instead of an
 * unexpected failure.
 */
public final class AppCalls {

	private AppCalls() {
	}

	public static <T> T refusingPlainly(Supplier<T> call) {
		try {
			return call.get();
		}
		catch (AccessDeniedException ex) {
			throw new EndpointException("You may not do this: " + ex.getMessage());
		}
		catch (InvalidArgumentException ex) {
			throw new EndpointException(ex.getMessage());
		}
	}

}
