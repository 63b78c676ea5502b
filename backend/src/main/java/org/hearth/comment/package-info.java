/** Comments a family adds to their own plan. */
@NullMarked
package org.hearth.comment;

import org.jspecify.annotations.NullMarked;
