package org.bookingfleet.pricing.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The internal point of every US ZIP Code Tabulation Area, read once from a
 * {@code zip,lat,lng} table (degrees to four decimals) and kept as three sorted int
 * arrays: about 400 KB for the 33,791 ZCTAs instead of a map of objects.
 */
public final class ZipCentroids {

	private static final double SCALE = 10_000;

	private final int[] zips;

	private final int[] latitudes;

	private final int[] longitudes;

	private ZipCentroids(int[] zips, int[] latitudes, int[] longitudes) {
		this.zips = zips;
		this.latitudes = latitudes;
		this.longitudes = longitudes;
	}

	/**
	 * Reads a header line, then one {@code zip,lat,lng} line per ZIP; a malformed line
	 * fails the whole table.
	 */
	public static ZipCentroids read(BufferedReader table) {
		try {
			String header = table.readLine();
			if (header == null || !header.strip().equals("zip,lat,lng")) {
				throw new IllegalArgumentException(
						"a ZIP centroid table starts with the line zip,lat,lng, not " + header);
			}
			int[][] rows = new int[3][40_000];
			int count = 0;
			int previous = -1;
			for (String line = table.readLine(); line != null; line = table.readLine()) {
				if (line.isBlank()) {
					continue;
				}
				String[] cells = line.split(",", -1);
				if (cells.length != 3 || !cells[0].matches("\\d{5}")) {
					throw new IllegalArgumentException("not a zip,lat,lng line: " + line);
				}
				int zip = Integer.parseInt(cells[0]);
				if (zip <= previous) {
					throw new IllegalArgumentException("ZIP codes must be unique and ascending, at " + line);
				}
				Coordinates point = new Coordinates(Double.parseDouble(cells[1]), Double.parseDouble(cells[2]));
				if (count == rows[0].length) {
					for (int column = 0; column < 3; column++) {
						rows[column] = Arrays.copyOf(rows[column], count * 2);
					}
				}
				rows[0][count] = zip;
				rows[1][count] = (int) Math.round(point.latitude() * SCALE);
				rows[2][count] = (int) Math.round(point.longitude() * SCALE);
				previous = zip;
				count++;
			}
			return new ZipCentroids(Arrays.copyOf(rows[0], count), Arrays.copyOf(rows[1], count),
					Arrays.copyOf(rows[2], count));
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException("the ZIP centroid table cannot be read", unreadable);
		}
	}

	/**
	 * The centroid of a five-digit ZIP code, empty for one that is no ZCTA (a PO-box-only
	 * ZIP, a typo).
	 */
	public Optional<Coordinates> centroid(String zip) {
		if (zip == null || !zip.matches("\\d{5}")) {
			return Optional.empty();
		}
		int at = Arrays.binarySearch(zips, Integer.parseInt(zip));
		if (at < 0) {
			return Optional.empty();
		}
		return Optional.of(new Coordinates(latitudes[at] / SCALE, longitudes[at] / SCALE));
	}

	public int size() {
		return zips.length;
	}

}
