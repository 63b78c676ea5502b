/** Agencies (the council's Early Help service, schools, health, housing, ...) and their practitioners. */
@NullMarked
package org.hearth.agency;

import org.jspecify.annotations.NullMarked;
