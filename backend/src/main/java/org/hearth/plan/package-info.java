/** The plan: SMART outcomes against need areas, each with actions owned by team members. */
@NullMarked
package org.hearth.plan;

import org.jspecify.annotations.NullMarked;
