package org.bookingfleet.integration.booking;

import org.bookingfleet.integration.job.JobAction;

/** How a customer chose to hear from us, and the job that sends a message that way. */
public enum Channel {

	EMAIL(JobAction.SEND_EMAIL), SMS(JobAction.SEND_SMS), WHATSAPP(JobAction.SEND_WHATSAPP);

	private final JobAction sendAction;

	Channel(JobAction sendAction) {
		this.sendAction = sendAction;
	}

	/** The job that sends a message on this channel. */
	public JobAction sendAction() {
		return sendAction;
	}

	/** The channel a sending job sends on: an SMS, a WhatsApp message, else an email. */
	public static Channel sentBy(JobAction action) {
		return switch (action) {
			case SEND_SMS -> SMS;
			case SEND_WHATSAPP -> WHATSAPP;
			default -> EMAIL;
		};
	}

}
