package org.bookingfleet.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/**
 * The identity provider on a fresh database of the tests' real PostgreSQL, with MockMvc
 * through its whole filter chain and the tools client registered. One context for every
 * test class that uses it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(properties = "identity.clients.tools.secret=" + IdentityIntegrationTest.TOOLS_SECRET)
@ContextConfiguration(initializers = IdentityDatabase.class)
@AutoConfigureMockMvc
public @interface IdentityIntegrationTest {

	String TOOLS_SECRET = "tools-secret-of-the-tests";

}
