package org.bookingfleet.availability;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AvailabilityApplication {

	public static void main(String[] args) {
		SpringApplication.run(AvailabilityApplication.class, args);
	}

}
