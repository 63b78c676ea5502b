/**
 * Oversight: what a manager sees of the work of the practitioners they manage, per worker, with what is overdue;
 * read through the episodes' own service behind the same read rule as everything else.
 */
@NullMarked
package org.hearth.oversight;

import org.jspecify.annotations.NullMarked;
