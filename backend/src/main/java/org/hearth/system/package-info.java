/**
 * Cross-cutting configuration: the embedded database of the default run, GraphQL scalars and limits, web security,
 * identifiers and the clock.
 */
@NullMarked
package org.hearth.system;

import org.jspecify.annotations.NullMarked;
