package org.hearth.support;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.execution.SchemaReport;
import org.springframework.util.ClassUtils;

/**
 * Keeps the report of Spring for GraphQL's schema inspection, made when the application builds its schema: the fields
 * that have neither a resolver nor a property of the Java record they are read from (see ContractTests). Its
 * controllers' declared return types tell the inspector which record backs which type; the viewer union's members are
 * returned as {@code Object}, so they are named here.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SchemaInspection {

	private volatile @Nullable SchemaReport report;

	/** The report of the running application's schema. */
	public SchemaReport report() {
		return Objects.requireNonNull(this.report, "the schema has not been built yet");
	}

	@Bean
	GraphQlSourceBuilderCustomizer keepSchemaReport() {
		return builder -> builder.inspectSchemaMappings(initializer -> {
			for (String viewer : new String[] { "PractitionerViewer", "FamilyViewer", "PartnerViewer" }) {
				initializer.classMapping(viewer, viewerRecord(viewer));
			}
		}, report -> this.report = report);
	}

	/** The records are package-private in org.hearth.viewer: found by name. */
	private static Class<?> viewerRecord(String name) {
		return ClassUtils.resolveClassName("org.hearth.viewer.Viewers$" + name, SchemaInspection.class.getClassLoader());
	}

}
