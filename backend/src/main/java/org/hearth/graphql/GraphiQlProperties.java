package org.hearth.graphql;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param enabled serve GraphiQL at {@code /graphiql} to signed-in people (off in the prod profile); read by
 * {@link GraphiQlPage}'s condition, bound here so it is documented and checked like the others
 */
@Validated
@ConfigurationProperties("hearth.graphiql")
record GraphiQlProperties(@DefaultValue("true") boolean enabled) {
}
