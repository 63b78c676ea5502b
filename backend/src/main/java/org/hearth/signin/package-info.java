/**
 * Guarding the sign-in form: repeated failed sign-ins lock an account for a while, and a success clears the count.
 * Spring Security refuses a locked account (its {@code UserDetails} says so) even with the right password.
 */
@NullMarked
package org.hearth.signin;

import org.jspecify.annotations.NullMarked;
