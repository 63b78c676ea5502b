/**
 * Partner systems' tokens: the app's own OAuth2 authorization server (client credentials), the registered partner
 * clients, the signing keys and the claims each token carries.
 */
@NullMarked
package org.hearth.partner;

import org.jspecify.annotations.NullMarked;
