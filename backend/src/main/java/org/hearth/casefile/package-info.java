/**
 * A family's case file as the tablet app keeps it: one episode with its family, team, consents, assessment, plan,
 * meetings, reviews, closure and comments, and the task list of what to do next; read through each feature's service
 * behind the same read rule as GraphQL, in one call, so the app can keep it on the device for a visit without signal.
 */
@NullMarked
package org.hearth.casefile;

import org.jspecify.annotations.NullMarked;
