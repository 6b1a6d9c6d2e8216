package org.bookingfleet.gateway.page.internal.web;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

@Configuration(proxyBeanMethods = false)
class PageFilesConfiguration {

	/**
	 * Ahead of the jar's static resource handler, which then only sees paths that are no
	 * file of the page.
	 */
	@Bean
	RouterFunction<ServerResponse> pageFiles() {
		PageFiles files = PageFiles.load();
		return RouterFunctions.route(GET("/**").and(request -> files.at(request.path()).isPresent()), files::serve);
	}

}
