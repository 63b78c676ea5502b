/** The {@code node(id)} query: finds any identified object by its id, for callers who may see it. */
@NullMarked
package org.hearth.node;

import org.jspecify.annotations.NullMarked;
