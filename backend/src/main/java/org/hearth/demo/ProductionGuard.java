package org.hearth.demo;

import java.util.List;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In the prod profile, refuses to start while anything of the demo is in place (see {@link ProductionGuardService}):
 * checked once the database is migrated, before the web server takes any request.
 */
@Component
@Profile("prod")
class ProductionGuard implements SmartInitializingSingleton {

	private final ProductionGuardService guard;

	ProductionGuard(ProductionGuardService guard) {
		this.guard = guard;
	}

	@Override
	public void afterSingletonsInstantiated() {
		List<String> problems = this.guard.problems();
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Hearth will not start with the prod profile while the demo is in place: "
					+ String.join("; ", problems) + ". Remove them and start again (see README, Configuration).");
		}
	}

}
