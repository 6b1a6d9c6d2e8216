package org.bookingfleet.booking.lifecycle;

import java.util.Objects;

/**
 * Who asks for a change: a signed-in customer, a guest holding a booking's access token,
 * a provider, an admin, or the saga.
 */
public sealed interface Caller {

	Relation relationTo(Parties parties);

	record Customer(String customerId) implements Caller {
		public Customer {
			Objects.requireNonNull(customerId, "customerId");
		}

		@Override
		public Relation relationTo(Parties parties) {
			return customerId.equals(parties.customerId()) ? Relation.OWNER : Relation.STRANGER;
		}
	}

	record Guest(String accessToken) implements Caller {
		public Guest {
			Objects.requireNonNull(accessToken, "accessToken");
		}

		@Override
		public Relation relationTo(Parties parties) {
			return AccessToken.matches(accessToken, parties.accessTokenDigest()) ? Relation.OWNER : Relation.STRANGER;
		}

		@Override
		public String toString() {
			return "Guest[accessToken=***]";
		}
	}

	record Provider(String providerId) implements Caller {
		public Provider {
			Objects.requireNonNull(providerId, "providerId");
		}

		@Override
		public Relation relationTo(Parties parties) {
			return providerId.equals(parties.providerId()) ? Relation.OWN_PROVIDER : Relation.STRANGER;
		}
	}

	record Admin(String adminId) implements Caller {
		public Admin {
			Objects.requireNonNull(adminId, "adminId");
		}

		@Override
		public Relation relationTo(Parties parties) {
			return Relation.ADMIN;
		}
	}

}
