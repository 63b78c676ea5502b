/**
 * Delivering the notification outbox: a scheduled job ({@link org.hearth.delivery.DeliveryJob}, one instance at a
 * time through ShedLock) sends each notification waiting for delivery whose recipient has an address for the
 * configured channel ({@code hearth.delivery.channel}: {@code none}, the default, sends nothing; {@code smtp}, e-mail
 * through any SMTP server with Spring's mail support; {@code notify}, e-mail or text message through GOV.UK Notify),
 * marks it delivered, or counts the attempt and tries again later (1 minute, 5 minutes, 30 minutes, 2 hours by
 * default), and after the last attempt marks it failed (the dead letter) with the last error, addresses removed.
 * Nothing personal is logged: a notification is named by its id. The Early Help team reads the failures
 * ({@code deliveryFailures} in GraphQL, {@code DeliveryEndpoint} in the app).
 */
@NullMarked
package org.hearth.delivery;

import org.jspecify.annotations.NullMarked;
