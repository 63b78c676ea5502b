package org.hearth.system;

import java.time.ZoneId;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;

/**
 * One clock for "today" and "now", so that due dates and overdue markers can be tested at a fixed date. Its zone is
 * the deployment's ({@code hearth.time-zone}), not the server's: a day ends at midnight where the families live.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(Clocks.TimeZoneProperties.class)
class Clocks {

	@Bean
	@ConditionalOnMissingBean
	ApplicationClock clock(TimeZoneProperties properties) {
		return new ApplicationClock(properties.timeZone());
	}

	/**
	 * @param timeZone where the deployment's days begin and end, e.g. {@code Europe/London} (the default); an
	 * unknown zone stops the application at start-up
	 */
	@ConfigurationProperties("hearth")
	@Validated
	record TimeZoneProperties(@DefaultValue("Europe/London") @NotNull ZoneId timeZone) {
	}

}
