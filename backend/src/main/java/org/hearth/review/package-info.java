/** TAF meetings (the initial one and reviews), who came, and each review's progress rating and decision. */
@NullMarked
package org.hearth.review;

import org.jspecify.annotations.NullMarked;
