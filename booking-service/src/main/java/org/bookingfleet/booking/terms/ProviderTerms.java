package org.bookingfleet.booking.terms;

public record ProviderTerms(boolean approvalRequired, boolean payAtAppointment) {

	public static final ProviderTerms DEFAULT = new ProviderTerms(false, false);

}
