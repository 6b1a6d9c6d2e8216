package org.bookingfleet.identity;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.jackson.SecurityJacksonModules;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.util.StringUtils;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * Registered clients, authorizations and consents in the database (Spring Authorization
 * Server's JDBC services), and the fleet's clients registered at start: created when
 * missing, brought up to the configuration when present.
 */
@Configuration(proxyBeanMethods = false)
public class FleetClients {

	/**
	 * The client setting that names a client-credentials client's roles, comma-separated.
	 */
	public static final String ROLES_SETTING = "fleet.roles";

	@Bean
	RegisteredClientRepository registeredClients(JdbcTemplate jdbc) {
		return new JdbcRegisteredClientRepository(jdbc);
	}

	/**
	 * Authorizations are stored with their tokens' claims as JSON. The reader must be let
	 * to read a provider's {@code providerId} claim back as the number it is: Spring
	 * Security's allow-list does not name {@code Long}, and without it an authorization
	 * of a provider could not be read again, so neither its refresh token nor sign-out
	 * with its ID token worked.
	 */
	@Bean
	OAuth2AuthorizationService authorizations(JdbcTemplate jdbc, RegisteredClientRepository clients) {
		JsonMapper json = JsonMapper.builder()
			.addModules(SecurityJacksonModules.getModules(FleetClients.class.getClassLoader(),
					BasicPolymorphicTypeValidator.builder().allowIfSubType(Long.class)))
			.build();
		JdbcOAuth2AuthorizationService authorizations = new JdbcOAuth2AuthorizationService(jdbc, clients);
		authorizations.setAuthorizationRowMapper(
				new JdbcOAuth2AuthorizationService.JsonMapperOAuth2AuthorizationRowMapper(clients, json));
		authorizations.setAuthorizationParametersMapper(
				new JdbcOAuth2AuthorizationService.JsonMapperOAuth2AuthorizationParametersMapper(json));
		return authorizations;
	}

	@Bean
	OAuth2AuthorizationConsentService consents(JdbcTemplate jdbc, RegisteredClientRepository clients) {
		return new JdbcOAuth2AuthorizationConsentService(jdbc, clients);
	}

	@Bean
	ApplicationRunner registerFleetClients(RegisteredClientRepository clients, ClientSettingsProperties settings,
			PasswordEncoder passwords) {
		return (ApplicationArguments args) -> {
			clients.save(gateway(clients, settings.gateway(), passwords));
			if (settings.tools() != null && StringUtils.hasText(settings.tools().secret())) {
				clients.save(tools(clients, settings.tools(), passwords));
			}
		};
	}

	/** The roles a client-credentials client was registered with. */
	public static List<String> rolesOf(RegisteredClient client) {
		Object roles = client.getClientSettings().getSetting(ROLES_SETTING);
		if (!(roles instanceof String named) || named.isBlank()) {
			return List.of();
		}
		return Arrays.stream(named.split(",")).map(String::strip).filter(role -> !role.isEmpty()).sorted().toList();
	}

	private static RegisteredClient gateway(RegisteredClientRepository clients,
			ClientSettingsProperties.Gateway gateway, PasswordEncoder passwords) {
		return builderFor(clients, gateway.clientId()).clientName("Booking page (gateway)")
			.clientSecret(passwords.encode(gateway.secret()))
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
			.redirectUris(uris -> {
				uris.clear();
				uris.add(gateway.redirectUri().toString());
			})
			.postLogoutRedirectUris(uris -> {
				uris.clear();
				uris.add(gateway.postLogoutRedirectUri().toString());
			})
			.scopes(scopes -> {
				scopes.clear();
				scopes.add(OidcScopes.OPENID);
				scopes.add(OidcScopes.PROFILE);
				scopes.add(OidcScopes.EMAIL);
			})
			.clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
			.tokenSettings(TokenSettings.builder()
				.accessTokenTimeToLive(Duration.ofMinutes(15))
				.refreshTokenTimeToLive(Duration.ofHours(12))
				.reuseRefreshTokens(false)
				.build())
			.build();
	}

	private static RegisteredClient tools(RegisteredClientRepository clients, ClientSettingsProperties.Tools tools,
			PasswordEncoder passwords) {
		return builderFor(clients, tools.clientId()).clientName("Fleet tools and tests")
			.clientSecret(passwords.encode(tools.secret()))
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.clientSettings(ClientSettings.builder()
				.requireAuthorizationConsent(false)
				.setting(ROLES_SETTING, (tools.roles() != null) ? tools.roles() : "")
				.build())
			.tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(15)).build())
			.build();
	}

	/**
	 * The stored client's id and issue time when it exists, so saving it again updates
	 * the same row.
	 */
	private static RegisteredClient.Builder builderFor(RegisteredClientRepository clients, String clientId) {
		RegisteredClient existing = clients.findByClientId(clientId);
		RegisteredClient.Builder builder = (existing != null) ? RegisteredClient.from(existing)
				: RegisteredClient.withId(UUID.randomUUID().toString());
		return builder.clientId(clientId);
	}

}
