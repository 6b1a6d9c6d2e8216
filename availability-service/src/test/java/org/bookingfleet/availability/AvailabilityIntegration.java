package org.bookingfleet.availability;

import org.bookingfleet.availability.catalog.CatalogServices;
import org.bookingfleet.availability.provider.Providers;
import org.bookingfleet.testsupport.FleetIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;

/** The running service on its real database and broker, with a scenery to furnish and a client to call it. */
@FleetIntegrationTest
public abstract class AvailabilityIntegration {

    @LocalServerPort
    protected int port;

    @Autowired
    protected CatalogServices services;

    @Autowired
    protected Providers providers;

    @Autowired
    protected DatabaseClient database;

    protected Scenery scenery;

    protected IntegrationClient client;

    @BeforeEach
    void furnish() {
        scenery = new Scenery(services, providers, database);
        client = IntegrationClient.on(port);
    }
}
