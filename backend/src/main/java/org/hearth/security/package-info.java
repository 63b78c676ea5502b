/**
 * The HTTP filter chain, which only authenticates (sign-in form, session and CSRF; partner bearer tokens on /graphql),
 * and the browser hardening headers with their per-request script nonce.
 */
@NullMarked
package org.hearth.security;

import org.jspecify.annotations.NullMarked;
