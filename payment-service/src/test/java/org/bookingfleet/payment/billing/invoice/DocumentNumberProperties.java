package org.bookingfleet.payment.billing.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class DocumentNumberProperties {

	@Property
	void everyNumberReadsBackAsItself(@ForAll DocumentKind kind, @ForAll @IntRange(min = 1000, max = 9999) int year,
			@ForAll @LongRange(min = 1, max = 999_999_999_999L) long sequence) {
		DocumentNumber number = new DocumentNumber(kind, year, sequence);

		assertThat(DocumentNumber.parse(number.toString())).contains(number);
	}

	@Property
	void aSeriesNumbersWithoutAGapOrADuplicate(@ForAll @IntRange(min = 1, max = 2_000) int count) {
		DocumentSeries series = DocumentSeries.opening(DocumentKind.INVOICE, 2026);
		List<Long> issued = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			DocumentSeries.Issued next = series.issue();
			issued.add(next.number().sequence());
			series = next.series();
		}

		assertThat(issued).doesNotHaveDuplicates().isSorted();
		assertThat(issued.get(0)).isEqualTo(1);
		assertThat(issued.get(issued.size() - 1)).isEqualTo(count);
	}

}
