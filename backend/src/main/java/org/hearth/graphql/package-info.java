/**
 * The GraphQL plumbing every feature's controller uses: scalars, error classification, user errors, paging and batch
 * results, and the limits on each request (size, depth, cost, page size, time); GraphiQL for the demo run.
 */
@NullMarked
package org.hearth.graphql;

import org.jspecify.annotations.NullMarked;
