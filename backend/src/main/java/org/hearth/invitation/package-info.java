/**
 * Family members join Hearth only by invitation: the episode's lead practitioner asks for a one-time code for a
 * parent, carer or young person, gives it to them, and they use it (with no account yet) to choose a username and a
 * password.
 */
@NullMarked
package org.hearth.invitation;

import org.jspecify.annotations.NullMarked;
