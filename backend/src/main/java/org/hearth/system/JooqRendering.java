package org.hearth.system;

import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How jOOQ renders SQL. Batch loaders query {@code IN (?, ?, ...)} with as many values as there are parents; padding
 * the list to a power of two keeps the number of distinct statements small, so the driver's cache of server-side
 * prepared statements is reused instead of preparing each list size anew.
 */
@Configuration(proxyBeanMethods = false)
class JooqRendering {

	@Bean
	DefaultConfigurationCustomizer inListPadding() {
		return configuration -> configuration.settings().withInListPadding(true);
	}

}
