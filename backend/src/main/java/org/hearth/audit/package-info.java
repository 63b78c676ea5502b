/** The audit trail: every read and write of a family's data, who made it, when and through which channel. */
@NullMarked
package org.hearth.audit;

import org.jspecify.annotations.NullMarked;
