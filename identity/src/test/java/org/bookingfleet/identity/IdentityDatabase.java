package org.bookingfleet.identity;

import java.util.Map;

import org.bookingfleet.testsupport.RealPostgres;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the identity provider under test at a fresh database of its own on the tests'
 * real PostgreSQL.
 */
public class IdentityDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		RealPostgres postgres = RealPostgres.get();
		String database = postgres.newDatabase("identity");
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("identityDatabase",
					Map.of("spring.datasource.url", postgres.jdbcUrl(database), "spring.datasource.username",
							postgres.user(), "spring.datasource.password", postgres.password())));
	}

}
