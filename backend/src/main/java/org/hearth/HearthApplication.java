package org.hearth;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.PWA;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Hearth: case management for Early Help. One application serves the GraphQL API and the single-page app, which
 * installs on a tablet as a progressive web app: its service worker keeps the app itself on the device, so it opens
 * without signal (what it shows then is kept in IndexedDB by the app, see frontend/device).
 */
@SpringBootApplication
@PWA(name = "Hearth", shortName = "Hearth", description = "Early help case management for family support workers",
		backgroundColor = "#f4f3ef", themeColor = "#174f5c")
@ConfigurationPropertiesScan
public class HearthApplication implements AppShellConfigurator {

	public static void main(String[] args) {
		SpringApplication.run(HearthApplication.class, args);
	}

}
