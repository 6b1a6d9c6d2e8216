package org.bookingfleet.integration.job;

/**
 * What a job does, at which partner. Some jobs wait for another of the same partner to
 * succeed (the tag for the contact, the calendar update for the event's insert): the
 * actions they wait for are {@linkplain #awaited() awaited}.
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

	/**
	 * Whether other jobs may run after a job of this action, so that its success can make
	 * them due: the CRM's contact, the calendar's event, the notary's session.
	 */
	public boolean awaited() {
		return this == UPSERT_CONTACT || this == INSERT_CALENDAR_EVENT || this == CREATE_RON_SESSION;
	}

}
