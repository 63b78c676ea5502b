/** The Team Around the Family: its practitioners and family members, its one lead, and handovers of the lead. */
@NullMarked
package org.hearth.team;

import org.jspecify.annotations.NullMarked;
