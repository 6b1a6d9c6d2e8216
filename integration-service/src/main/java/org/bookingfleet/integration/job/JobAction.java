package org.bookingfleet.integration.job;

/**
 * What a job does, at which partner. Some jobs wait for another of the same partner and
 * booking to succeed (the tag for the contact, the calendar update for the event's
 * insert).
 */
public enum JobAction {

	UPSERT_CONTACT(Partner.GOHIGHLEVEL), TAG_CONTACT(Partner.GOHIGHLEVEL), TRIGGER_WORKFLOW(Partner.GOHIGHLEVEL),
	MOVE_OPPORTUNITY(Partner.GOHIGHLEVEL), INSERT_CALENDAR_EVENT(Partner.GOOGLE_CALENDAR),
	UPDATE_CALENDAR_EVENT(Partner.GOOGLE_CALENDAR), DELETE_CALENDAR_EVENT(Partner.GOOGLE_CALENDAR),
	CREATE_RON_SESSION(Partner.PROOF), CANCEL_RON_SESSION(Partner.PROOF), SEND_EMAIL(Partner.EMAIL),
	SEND_SMS(Partner.MESSAGING), SEND_WHATSAPP(Partner.MESSAGING);

	private final Partner partner;

	JobAction(Partner partner) {
		this.partner = partner;
	}

	public Partner partner() {
		return partner;
	}

}
