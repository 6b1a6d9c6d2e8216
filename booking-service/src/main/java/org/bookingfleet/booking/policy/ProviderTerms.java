package org.bookingfleet.booking.policy;

public record ProviderTerms(boolean approvalRequired, boolean payAtAppointment) {

	public static final ProviderTerms DEFAULT = new ProviderTerms(false, false);

}
