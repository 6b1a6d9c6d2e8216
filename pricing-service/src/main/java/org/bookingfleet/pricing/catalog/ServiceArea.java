package org.bookingfleet.pricing.catalog;

import java.util.Objects;
import org.bookingfleet.pricing.geo.Coordinates;

/**
 * Where a mobile provider travels: free within the standard radius, a fee per mile beyond
 * it, and not at all beyond the extended radius.
 */
public record ServiceArea(Coordinates centre, int standardRadiusMiles, int extendedRadiusMiles,
		long travelFeeCentsPerMile) {

	public ServiceArea {
		Objects.requireNonNull(centre, "centre");
		if (standardRadiusMiles < 0 || extendedRadiusMiles < standardRadiusMiles || travelFeeCentsPerMile < 0) {
			throw new IllegalArgumentException("service area " + standardRadiusMiles + "/" + extendedRadiusMiles
					+ " mi at " + travelFeeCentsPerMile + " cents per mile");
		}
	}
}
