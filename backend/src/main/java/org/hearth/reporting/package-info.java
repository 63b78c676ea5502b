/**
 * Supporting Families reporting, for the Early Help team only: the families whose episode closed in a period and
 * whether the council may claim for them (needs under three or more headlines found at assessment, a lead, a whole
 * family assessment and a plan, every outcome achieved and closed as needs met, and sustained: no new episode within
 * the policy's months after closure), with the evidence for each and the reason when not; headline counts; and need
 * found at assessment that no outcome addresses.
 */
@NullMarked
package org.hearth.reporting;

import org.jspecify.annotations.NullMarked;
