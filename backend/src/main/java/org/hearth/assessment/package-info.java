/**
 * The assessment: who lives in the home, services involved, each person's worries, strengths and wishes (three
 * columns), and each child's own voice (three houses).
 */
@NullMarked
package org.hearth.assessment;

import org.jspecify.annotations.NullMarked;
