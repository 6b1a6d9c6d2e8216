package org.bookingfleet.testsupport;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Points a service under test at the real PostgreSQL (a fresh database of its own) and
 * the real Kafka broker. Used through {@link FleetIntegrationTest}.
 */
public class RealInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		RealPostgres postgres = RealPostgres.get();
		String name = context.getEnvironment().getProperty("spring.application.name", "service");
		String database = postgres.newDatabase(name);
		Map<String, Object> properties = Map.of("spring.r2dbc.url", postgres.r2dbcUrl(database),
				"spring.r2dbc.username", postgres.user(), "spring.r2dbc.password", postgres.password(),
				"spring.flyway.url", postgres.jdbcUrl(database), "spring.flyway.user", postgres.user(),
				"spring.flyway.password", postgres.password(), "fleet.events.bootstrap-servers",
				RealKafka.bootstrapServers(), "fleet.test.database", database,
				// a slow answer on a loaded machine is not a failure; timings are for
				// benchmarks
				"spring.test.webtestclient.timeout", "30s");
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("realInfrastructure", properties));
	}

}
