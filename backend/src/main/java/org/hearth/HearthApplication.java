package org.hearth;

import com.vaadin.flow.component.page.AppShellConfigurator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Hearth: case management for Early Help. One application serves the GraphQL API and the single-page app. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HearthApplication implements AppShellConfigurator {

	public static void main(String[] args) {
		SpringApplication.run(HearthApplication.class, args);
	}

}
