package org.bookingfleet.integration.job.internal.store;

import org.bookingfleet.integration.booking.Channel;
import org.bookingfleet.integration.message.MessageKind;

/**
 * A message that left us, remembered in the statement that marks its job done
 * ({@link Jobs#settleSent}).
 *
 * @param reference the partner's id of the message, null when it gave none
 */
public record SentMessage(Channel channel, String recipient, MessageKind kind, String reference) {

	/** The reference as the table keeps it: blank when the partner gave none. */
	String partnerRef() {
		return reference == null ? "" : reference;
	}

}
