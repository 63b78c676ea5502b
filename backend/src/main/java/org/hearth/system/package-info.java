/**
 * Small building blocks every feature uses: time-ordered identifiers, the clock, and the stale-version conflict of
 * optimistic locking.
 */
@NullMarked
package org.hearth.system;

import org.jspecify.annotations.NullMarked;
