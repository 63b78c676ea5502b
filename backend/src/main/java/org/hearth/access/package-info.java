/**
 * Who is calling and what they may see: sign-in accounts, the caller of each request, and the rule that narrows
 * every query to the episodes a caller has a relationship with.
 */
@NullMarked
package org.hearth.access;

import org.jspecify.annotations.NullMarked;
