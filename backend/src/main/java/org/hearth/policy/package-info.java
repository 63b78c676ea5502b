/** The deployment's policy: timescales, review cadence and the need areas outcomes are set against. */
@NullMarked
package org.hearth.policy;

import org.jspecify.annotations.NullMarked;
