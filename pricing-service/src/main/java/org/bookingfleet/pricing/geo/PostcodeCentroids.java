package org.bookingfleet.pricing.geo;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A geocoder for the demo areas only: the centroid of each ZIP code, outward code (UK) or CPA prefix (Argentina)
 * that the demo businesses serve. A postcode it does not list is not located: the quote is refused, not guessed.
 */
public final class PostcodeCentroids implements Geocoder {

    private final Map<String, Coordinates> centroids;

    public PostcodeCentroids(Map<String, Coordinates> centroidsByCountryAndPostcode) {
        this.centroids = Map.copyOf(centroidsByCountryAndPostcode);
    }

    public static PostcodeCentroids demoAreas() {
        return new PostcodeCentroids(Map.ofEntries(
                // Houston, Texas: the mobile notary
                Map.entry("US:77002", new Coordinates(29.7560, -95.3650)),
                Map.entry("US:77004", new Coordinates(29.7285, -95.3650)),
                Map.entry("US:77005", new Coordinates(29.7180, -95.4230)),
                Map.entry("US:77030", new Coordinates(29.7040, -95.4010)),
                Map.entry("US:77056", new Coordinates(29.7470, -95.4690)),
                Map.entry("US:77058", new Coordinates(29.5640, -95.0950)),
                Map.entry("US:77346", new Coordinates(29.9930, -95.1790)),
                Map.entry("US:77380", new Coordinates(30.1460, -95.4710)),
                Map.entry("US:77479", new Coordinates(29.5800, -95.6330)),
                Map.entry("US:77494", new Coordinates(29.7530, -95.8250)),
                Map.entry("US:77550", new Coordinates(29.2990, -94.7940)),
                Map.entry("US:77573", new Coordinates(29.5070, -95.0950)),
                // Denver, Colorado: the marketplace of professionals
                Map.entry("US:80202", new Coordinates(39.7530, -104.9990)),
                Map.entry("US:80206", new Coordinates(39.7310, -104.9520)),
                Map.entry("US:80220", new Coordinates(39.7330, -104.9130)),
                Map.entry("US:80110", new Coordinates(39.6470, -104.9900)),
                Map.entry("US:80021", new Coordinates(39.8890, -105.1140)),
                Map.entry("US:80401", new Coordinates(39.7310, -105.2200)),
                Map.entry("US:80501", new Coordinates(40.1650, -105.1010)),
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
                Map.entry("AR:1428", new Coordinates(-34.5620, -58.4560))));
    }

    @Override
    public Optional<Coordinates> locate(Address address) {
        if (address.postalCode() == null || address.country() == null) {
            return Optional.empty();
        }
        String country = address.country().trim().toUpperCase(Locale.ROOT);
        return areaKey(country, address.postalCode()).map(centroids::get);
    }

    private static Optional<String> areaKey(String country, String postalCode) {
        String compact = postalCode.replaceAll("\\s+", " ").trim().toUpperCase(Locale.ROOT);
        return switch (country) {
            case "US", "USA" -> compact.matches("\\d{5}(-\\d{4})?")
                    ? Optional.of("US:" + compact.substring(0, 5)) : Optional.empty();
            case "GB", "UK" -> ukOutwardCode(compact).map(outward -> "GB:" + outward);
            case "AR" -> compact.matches("([A-Z])?\\d{4}([A-Z]{3})?")
                    ? Optional.of("AR:" + compact.replaceAll("\\D", "")) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static Optional<String> ukOutwardCode(String postcode) {
        String joined = postcode.replace(" ", "");
        if (!joined.matches("[A-Z]{1,2}\\d[A-Z\\d]?\\d[A-Z]{2}")) {
            return Optional.empty();
        }
        return Optional.of(joined.substring(0, joined.length() - 3));
    }
}
