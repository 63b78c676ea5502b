package org.hearth.demo;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param enabled load the demo data on a start that finds the database empty; unset means "only on the embedded
 * database of the default run", so it never reaches a real MySQL server unless asked for
 */
@Validated
@ConfigurationProperties("hearth.demo-data")
record DemoDataProperties(@Nullable Boolean enabled) {
}
