/**
 * Who must be told of what: a notification row per recipient, written in the same transaction as the event it tells
 * of (an outbox; delivering by e-mail or text is later work), and each practitioner's unread ones.
 */
@NullMarked
package org.hearth.notification;

import org.jspecify.annotations.NullMarked;
