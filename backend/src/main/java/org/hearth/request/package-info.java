/**
 * Asking for early help: the step that spans features (a new family and its people, the episode, its first team
 * member), orchestrated here so that none of those features depends on another for it.
 */
@NullMarked
package org.hearth.request;

import org.jspecify.annotations.NullMarked;
