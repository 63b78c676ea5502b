package org.hearth.access;

import java.util.function.Supplier;

import com.vaadin.hilla.exception.EndpointException;
import org.springframework.security.access.AccessDeniedException;

/**
 * How the app's endpoints answer a refusal of access: as a plain endpoint error the screen can show (HTTP 400 with a
 * message), the app's counterpart of GraphQL's FORBIDDEN, instead of an unexpected failure.
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
	}

}
