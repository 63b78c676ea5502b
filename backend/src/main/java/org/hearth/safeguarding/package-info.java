/**
 * Safeguarding referrals: a practitioner's record that a family was referred to children's social care for risk of
 * significant harm, who decided it and why, made whatever the family's consent says.
 */
@NullMarked
package org.hearth.safeguarding;

import org.jspecify.annotations.NullMarked;
