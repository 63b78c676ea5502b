/**
 * Requests already answered: a mutation sent again with the same request id (after a lost reply, or replayed from
 * the tablet's offline queue) changes nothing and gets the first answer again.
 */
@NullMarked
package org.hearth.replay;

import org.jspecify.annotations.NullMarked;
