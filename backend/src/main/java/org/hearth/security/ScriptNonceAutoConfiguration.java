package org.hearth.security;

import jakarta.servlet.http.HttpServletRequest;

import com.vaadin.flow.server.VaadinServiceInitListener;
import org.jsoup.nodes.Element;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Gives every inline script of the app's {@code index.html} the request's CSP nonce (see {@link SecurityHeaders}).
 * Vaadin builds that page as a document and hands it to each listener in turn; this one must come after Hilla's,
 * which adds the list of views, so it is an auto-configuration ordered after Hilla's listener (Vaadin takes the
 * listener beans in the order they were defined).
 */
@AutoConfiguration(afterName = "com.vaadin.hilla.startup.RouteUnifyingServiceInitListener")
public class ScriptNonceAutoConfiguration {

	@Bean
	VaadinServiceInitListener scriptNonces() {
		return event -> event.addIndexHtmlRequestListener(page -> {
			if (page.getVaadinRequest() instanceof HttpServletRequest request) {
				String nonce = ScriptNonce.of(request);
				for (Element script : page.getDocument().select("script:not([src])")) {
					script.attr("nonce", nonce);
				}
			}
		});
	}

}
