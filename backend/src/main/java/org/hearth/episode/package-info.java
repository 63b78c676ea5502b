/**
 * Episodes of early help: finding and listing them for whoever may see them, the existing-plan check, and the
 * timescales (assessment, initial meeting, reviews, actions) computed from the policy.
 */
@NullMarked
package org.hearth.episode;

import org.jspecify.annotations.NullMarked;
