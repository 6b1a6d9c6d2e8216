package org.bookingfleet.gateway.security.internal.signin;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.data.redis.serializer.JdkSerializationRedisSerializer;
import org.springframework.data.redis.serializer.RedisSerializer;
import org.springframework.data.redis.serializer.SerializationException;

/**
 * Java serialization of a session's values, reading a value that no longer deserializes
 * (a class that changed between gateway versions) as absent: the session then lacks it
 * (its person is no longer signed in) rather than failing every request that carries its
 * cookie.
 */
final class TolerantSessionValues implements RedisSerializer<Object> {

	private static final Log log = LogFactory.getLog(TolerantSessionValues.class);

	private final JdkSerializationRedisSerializer java = new JdkSerializationRedisSerializer(
			TolerantSessionValues.class.getClassLoader());

	@Override
	public byte[] serialize(Object value) {
		return this.java.serialize(value);
	}

	@Override
	public Object deserialize(byte[] bytes) {
		try {
			return this.java.deserialize(bytes);
		}
		catch (SerializationException ex) {
			log.warn("a session value no longer reads and is left out: " + ex.getMostSpecificCause());
			return null;
		}
	}

}
