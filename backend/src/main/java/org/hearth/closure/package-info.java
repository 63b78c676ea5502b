/** How an episode ended: the reason, a closing summary, the family's feedback and where to find help later. */
@NullMarked
package org.hearth.closure;

import org.jspecify.annotations.NullMarked;
