/** The {@code viewer} query: who is calling, as a practitioner, a family member or a partner system. */
@NullMarked
package org.hearth.viewer;

import org.jspecify.annotations.NullMarked;
