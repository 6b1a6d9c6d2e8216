package org.bookingfleet.identity.accounts.internal.web;

import java.time.Clock;
import java.util.Set;

import org.bookingfleet.identity.accounts.internal.web.DeactivatedAccounts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * Three filter chains. The first serves the OpenID Connect provider's endpoints
 * (authorize, token, JWKS, discovery, user info) and sends a browser that is not signed
 * in to the login page. The second is the admin API ({@code /api/**}, a resource server,
 * see {@code administration.AccountsApiSecurity}). The third is the login page itself,
 * the links of mails and the health probe; everything else needs a signed-in person.
 */
@Configuration(proxyBeanMethods = false)
class SignInSecurity {

	@Bean
	@Order(1)
	SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
		OAuth2AuthorizationServerConfigurer authorizationServer = new OAuth2AuthorizationServerConfigurer();
		http.securityMatcher(authorizationServer.getEndpointsMatcher())
			.with(authorizationServer, server -> server.oidc(Customizer.withDefaults()))
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults()))
			.exceptionHandling(handling -> handling
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), browser()));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain signIn(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/register", "/register/confirm", "/invitation", "/assets/**", "/error",
					"/actuator/health", "/actuator/health/**")
			.permitAll()
			.anyRequest()
			.authenticated()).formLogin(form -> form.loginPage("/login").permitAll());
		return http.build();
	}

	/**
	 * The login page's check of a password: an account that is locked, or disabled (email
	 * not confirmed, no password yet) is refused first; a deactivated one only once its
	 * password was right. A password stored in an older encoding (another algorithm, or
	 * bcrypt of a lower strength) is stored again in the current one when it was right.
	 */
	@Bean
	DaoAuthenticationProvider accountPasswords(UserDetailsService users, UserDetailsPasswordService rehash,
			PasswordEncoder passwords) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(passwords);
		provider.setUserDetailsPasswordService(rehash);
		provider.setPostAuthenticationChecks(new DeactivatedAccounts());
		return provider;
	}

	/**
	 * Passwords are stored in the delegating encoder's form, today {@code {bcrypt}…}, so
	 * the algorithm can change.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	private static MediaTypeRequestMatcher browser() {
		MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
		html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
		return html;
	}

}
