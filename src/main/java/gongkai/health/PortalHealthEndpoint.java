package gongkai.health;

import gongkai.account.StaffUser;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.endpoint.health.HealthLevelOfDetail;
import io.micronaut.management.health.aggregator.HealthAggregator;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import io.micronaut.security.authentication.Authentication;
import java.security.Principal;

/**
 * /health as the public sees it: the status only (UP, DEGRADED or DOWN). The details (database URL
 * and version, disk space, the search index) are for logged-in administrators: the built-in
 * "details-visible: AUTHENTICATED" would show them to every staff account.
 */
@Endpoint(value = HealthEndpoint.NAME, defaultSensitive = HealthEndpoint.DEFAULT_SENSITIVE)
@Replaces(HealthEndpoint.class)
class PortalHealthEndpoint extends HealthEndpoint {

    PortalHealthEndpoint(
            HealthAggregator<HealthResult> aggregator,
            HealthIndicator[] indicators,
            @Liveness HealthIndicator[] liveness) {
        super(aggregator, indicators, liveness);
    }

    @Override
    protected HealthLevelOfDetail levelOfDetail(@Nullable Principal principal) {
        return principal instanceof Authentication a
                        && !a.getRoles().isEmpty()
                        && StaffUser.of(a).isAdmin()
                ? HealthLevelOfDetail.STATUS_DESCRIPTION_DETAILS
                : HealthLevelOfDetail.STATUS;
    }
}
