package org.hearth.graphql;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** The contract's two scalars: {@code Date} (2026-11-22) and {@code DateTime} (2026-11-22T10:15:00Z, always UTC). */
@Configuration(proxyBeanMethods = false)
class GraphQlScalars {

	static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
		.name("Date")
		.description("A calendar date in ISO-8601, e.g. 2026-11-22.")
		.coercing(new IsoCoercing<>(LocalDate.class, LocalDate::parse, "an ISO-8601 date such as 2026-11-22"))
		.build();

	static final GraphQLScalarType DATE_TIME = GraphQLScalarType.newScalar()
		.name("DateTime")
		.description("A moment in ISO-8601 with an offset, answered in UTC, e.g. 2026-11-22T10:15:00Z.")
		.coercing(new IsoCoercing<>(Instant.class, text -> java.time.OffsetDateTime.parse(text).toInstant(),
				"an ISO-8601 date and time with an offset such as 2026-11-22T10:15:00Z"))
		.build();

	@Bean
	RuntimeWiringConfigurer scalars() {
		return wiring -> wiring.scalar(DATE).scalar(DATE_TIME);
	}

	private record IsoCoercing<T>(Class<T> type, Parser<T> parser, String expected) implements Coercing<T, String> {

		@Override
		public String serialize(Object value, GraphQLContext context, Locale locale) {
			if (this.type.isInstance(value)) {
				return value.toString();
			}
			throw new CoercingSerializeException("Expected " + this.type.getSimpleName());
		}

		@Override
		public T parseValue(Object input, GraphQLContext context, Locale locale) {
			if (input instanceof String text) {
				try {
					return this.parser.parse(text);
				}
				catch (DateTimeParseException ex) {
					// fall through to the message below
				}
			}
			throw new CoercingParseValueException("Expected " + this.expected);
		}

		@Override
		public T parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
			if (input instanceof StringValue text) {
				try {
					return this.parser.parse(text.getValue());
				}
				catch (DateTimeParseException ex) {
					// fall through to the message below
				}
			}
			throw new CoercingParseLiteralException("Expected " + this.expected);
		}

	}

	@FunctionalInterface
	private interface Parser<T> {

		T parse(String text);

	}

}
