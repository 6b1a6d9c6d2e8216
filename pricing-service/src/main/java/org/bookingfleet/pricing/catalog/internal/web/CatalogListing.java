package org.bookingfleet.pricing.catalog.internal.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import org.bookingfleet.pricing.catalog.ServiceDefinition;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The catalog's answer written once: its JSON, and an ETag that is the digest of that
 * JSON.
 */
record CatalogListing(List<ServiceDefinition> source, byte[] body, String etag) {

	/**
	 * How long a browser or a CDN may keep the catalog before it asks again with its
	 * ETag.
	 */
	static final CacheControl CACHING = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();

	static CatalogListing of(List<ServiceDefinition> source, byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return new CatalogListing(source, body, "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"");
		}
		catch (NoSuchAlgorithmException missing) {
			throw new IllegalStateException(missing);
		}
	}

	/**
	 * Written for this very list (the catalog hands out the same list until it changes).
	 */
	boolean isOf(List<ServiceDefinition> services) {
		return source == services;
	}

	ResponseEntity<byte[]> answer(HttpHeaders request) {
		List<String> known = request.getIfNoneMatch();
		if (known.contains(etag) || known.contains("*") || known.contains("W/" + etag)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(CACHING).build();
		}
		return ResponseEntity.ok().eTag(etag).cacheControl(CACHING).contentType(MediaType.APPLICATION_JSON).body(body);
	}
}
