package org.bookingfleet.pricing.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The offline geocoder: a US ZIP code is placed at its ZCTA's internal point from the
 * Census Bureau's table shipped with the service ({@value #US_TABLE}, every one of the
 * 33,791 ZCTAs); a UK outward code or an Argentinian CPA is placed only where the demo
 * businesses work (no open table of them is shipped), and any other country only by the
 * coordinates the client sends. A postcode it does not know is refused, naming the field,
 * not guessed.
 */
public final class PostcodeCentroids implements Geocoder {

	/**
	 * The classpath resource of the US table: gzipped {@code zip,lat,lng}; see NOTICE.md
	 * beside it.
	 */
	public static final String US_TABLE = "/geo/us-zip-centroids.csv.gz";

	private static final String POSTAL_CODE = "address.postalCode";

	private static final String COUNTRY = "address.country";

	private static final String SEND_COORDINATES = "; check it, or share the address's location (lat and lng)";

	private final ZipCentroids zips;

	private final Map<String, Coordinates> outsideTheUs;

	public PostcodeCentroids(ZipCentroids zips, Map<String, Coordinates> outsideTheUsByCountryAndPostcode) {
		this.zips = zips;
		this.outsideTheUs = Map.copyOf(outsideTheUsByCountryAndPostcode);
	}

	/**
	 * The shipped US table and the demo areas abroad; reads and unpacks the table, so
	 * call it once, at start.
	 */
	public static PostcodeCentroids bundled() {
		return new PostcodeCentroids(usTable(), demoAreasOutsideTheUs());
	}

	public static ZipCentroids usTable() {
		try (InputStream packed = PostcodeCentroids.class.getResourceAsStream(US_TABLE)) {
			if (packed == null) {
				throw new IllegalStateException("the US ZIP table " + US_TABLE + " is missing from the classpath");
			}
			return ZipCentroids.read(
					new BufferedReader(new InputStreamReader(new GZIPInputStream(packed), StandardCharsets.US_ASCII)));
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException("the US ZIP table " + US_TABLE + " cannot be read", unreadable);
		}
	}

	/**
	 * The outward codes (UK) and CPA numbers (Argentina) around the demo businesses
	 * abroad.
	 */
	public static Map<String, Coordinates> demoAreasOutsideTheUs() {
		return Map.ofEntries(
				// London: the first-aid training company
				Map.entry("GB:EC1A", new Coordinates(51.5200, -0.0980)),
				Map.entry("GB:WC2N", new Coordinates(51.5080, -0.1250)),
				Map.entry("GB:SW1A", new Coordinates(51.5020, -0.1400)),
				Map.entry("GB:W1D", new Coordinates(51.5130, -0.1330)),
				Map.entry("GB:E1", new Coordinates(51.5170, -0.0600)),
				Map.entry("GB:N1", new Coordinates(51.5380, -0.0970)),
				Map.entry("GB:SE1", new Coordinates(51.4990, -0.0900)),
				// Buenos Aires: the barber shop
				Map.entry("AR:1043", new Coordinates(-34.6030, -58.3780)),
				Map.entry("AR:1414", new Coordinates(-34.5970, -58.4330)),
				Map.entry("AR:1425", new Coordinates(-34.5880, -58.4200)),
				Map.entry("AR:1428", new Coordinates(-34.5620, -58.4560)));
	}

	public int usZipCodes() {
		return zips.size();
	}

	@Override
	public Placement place(Address address) {
		String postcode = address.postalCode() == null ? ""
				: address.postalCode().strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
		String country = address.country() == null ? "" : address.country().strip().toUpperCase(Locale.ROOT);
		if (postcode.isEmpty()) {
			return new Placement.Unplaced(POSTAL_CODE, "the address needs its postcode, or its location (lat and lng)");
		}
		if (country.isEmpty()) {
			return new Placement.Unplaced(COUNTRY,
					"the address needs its country (an ISO code such as US), " + "or its location (lat and lng)");
		}
		return switch (country) {
			case "US", "USA" -> usZip(postcode);
			case "GB", "UK" ->
				ukOutwardCode(postcode).map(outward -> abroad("GB:" + outward, "UK postcode district " + outward))
					.orElseGet(() -> notA("UK postcode (such as SW1A 1AA)"));
			case "AR" -> argentinianCpa(postcode).map(cpa -> abroad("AR:" + cpa, "Argentinian postcode " + cpa))
				.orElseGet(() -> notA("Argentinian postcode (such as 1425 or C1425ABC)"));
			default -> new Placement.Unplaced(COUNTRY, "addresses in this country are placed only by their location "
					+ "(lat and lng); postcodes are known for US, GB and AR");
		};
	}

	private Placement usZip(String postcode) {
		String compact = postcode.replace(" ", "");
		if (!compact.matches("\\d{5}(-?\\d{4})?")) {
			return notA("US ZIP code (five digits, or ZIP+4)");
		}
		String zip = compact.substring(0, 5);
		return zips.centroid(zip)
			.<Placement>map(Placement.Placed::new)
			.orElseGet(() -> new Placement.Unplaced(POSTAL_CODE,
					"ZIP code " + zip + " is not one we can place" + SEND_COORDINATES));
	}

	private Placement abroad(String key, String name) {
		Coordinates centroid = outsideTheUs.get(key);
		if (centroid == null) {
			return new Placement.Unplaced(POSTAL_CODE, name + " is not one we can place" + SEND_COORDINATES);
		}
		return new Placement.Placed(centroid);
	}

	private static Placement notA(String what) {
		return new Placement.Unplaced(POSTAL_CODE, "the postcode is not a " + what);
	}

	private static Optional<String> ukOutwardCode(String postcode) {
		String joined = postcode.replace(" ", "");
		if (!joined.matches("[A-Z]{1,2}\\d[A-Z\\d]?\\d[A-Z]{2}")) {
			return Optional.empty();
		}
		return Optional.of(joined.substring(0, joined.length() - 3));
	}

	private static Optional<String> argentinianCpa(String postcode) {
		String joined = postcode.replace(" ", "");
		return joined.matches("([A-Z])?\\d{4}([A-Z]{3})?") ? Optional.of(joined.replaceAll("\\D", ""))
				: Optional.empty();
	}

}
