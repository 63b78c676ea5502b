/** Families and the people in them: children, parents and carers, other adults and extended family. */
@NullMarked
package org.hearth.family;

import org.jspecify.annotations.NullMarked;
