/** Demo data for the default run: agencies, the documented accounts, and six families at different stages. */
@NullMarked
package org.hearth.demo;

import org.jspecify.annotations.NullMarked;
