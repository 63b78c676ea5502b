/** Hearth's application root; each feature lives in a package of its own beneath it. */
@NullMarked
package org.hearth;

import org.jspecify.annotations.NullMarked;
