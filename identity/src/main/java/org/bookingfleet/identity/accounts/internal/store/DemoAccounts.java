package org.bookingfleet.identity.accounts.internal.store;

import java.util.List;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.bookingfleet.identity.accounts.internal.store.Accounts;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo accounts of the local fleet (profile {@code local} only): the admin, each demo
 * provider and a customer, with the passwords the README lists. An account that exists is
 * left as it is, so a second start changes nothing.
 */
@Component
@Profile("local")
@EnableConfigurationProperties(DemoAccounts.Settings.class)
class DemoAccounts implements ApplicationRunner {

	private static final Log log = LogFactory.getLog(DemoAccounts.class);

	private final Accounts accounts;

	private final Settings settings;

	DemoAccounts(Accounts accounts, Settings settings) {
		this.accounts = accounts;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		int created = 0;
		for (Demo demo : this.settings.accounts()) {
			if (this.accounts.createIfAbsent(demo.email(), demo.password(), demo.roles(), demo.providerId())) {
				created++;
			}
		}
		log.info("demo accounts: " + created + " created, " + (this.settings.accounts().size() - created)
				+ " already there");
	}

	@ConfigurationProperties("identity.demo")
	record Settings(List<Demo> accounts) {

		Settings {
			accounts = (accounts != null) ? List.copyOf(accounts) : List.of();
		}

	}

	record Demo(String email, String password, Set<String> roles, Long providerId) {
	}

}
