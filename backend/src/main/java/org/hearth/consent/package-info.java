/** Consent to start, store and share, recorded per person; refusals and withdrawals are kept too. */
@NullMarked
package org.hearth.consent;

import org.jspecify.annotations.NullMarked;
