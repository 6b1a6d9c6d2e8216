package org.bookingfleet.booking.policy;

/** What the business keeps when a customer changes plans late. */
public sealed interface Retention {

	long keptFrom(Charges charges);

	record Nothing() implements Retention {
		@Override
		public long keptFrom(Charges charges) {
			return 0;
		}
	}

	record Deposit() implements Retention {
		@Override
		public long keptFrom(Charges charges) {
			return charges.depositCents();
		}
	}

	record FlatFee(long feeCents) implements Retention {
		public FlatFee {
			if (feeCents < 0) {
				throw new IllegalArgumentException("a fee cannot be negative");
			}
		}

		@Override
		public long keptFrom(Charges charges) {
			return feeCents;
		}
	}

	/**
	 * A share of the total in basis points (2500 = 25 %), rounded down in the customer's
	 * favour.
	 */
	record Share(int basisPoints) implements Retention {
		public Share {
			if (basisPoints < 0 || basisPoints > 10_000) {
				throw new IllegalArgumentException("a share is between 0 and 10000 basis points");
			}
		}

		@Override
		public long keptFrom(Charges charges) {
			return Math.multiplyExact(charges.totalCents(), (long) basisPoints) / 10_000;
		}
	}

	record Everything() implements Retention {
		@Override
		public long keptFrom(Charges charges) {
			return charges.totalCents();
		}
	}

}
