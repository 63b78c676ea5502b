/**
 * Who is calling and what they may see: the caller of each request (a person's session or a partner's token), and
 * the rule that narrows every query to the episodes a caller has a relationship with.
 */
@NullMarked
package org.hearth.access;

import org.jspecify.annotations.NullMarked;
