/**
 * The family's own view of their plan: what a parent, carer or young person signed in to Hearth reads of their
 * family's episode (the one open now, or else the last one closed), in plain terms, put together from each feature's
 * batch reads behind the same read rule as the practitioners' case file.
 */
@NullMarked
package org.hearth.familyplan;

import org.jspecify.annotations.NullMarked;
