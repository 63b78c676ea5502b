/**
 * Sign-in accounts: who may sign in and the session's user, and locking an account after repeated failed sign-ins
 * (Spring Security refuses a locked account even with the right password; a success clears the count).
 */
@NullMarked
package org.hearth.account;

import org.jspecify.annotations.NullMarked;
