package org.hearth.security;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Sessions live in the database (Spring Session JDBC, tables from Flyway's V0033, settings in application.properties)
 * so that every instance knows every signed-in person. Each of Spring Session's statements commits on its own: a
 * signed-in request then costs the database one SELECT (the session and its attributes) and one UPDATE (when it was
 * last used), not two transactions of four statements each. A save that changes attributes as well runs a few
 * statements without a transaction around them; should one fail, the worst left is a session missing an attribute,
 * which signs that person out.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

	/** Spring Session's JdbcHttpSessionConfiguration takes the bean of this name, when there is one. */
	@Bean
	@Qualifier("springSessionTransactionOperations")
	TransactionOperations springSessionTransactionOperations() {
		return TransactionOperations.withoutTransaction();
	}

}
