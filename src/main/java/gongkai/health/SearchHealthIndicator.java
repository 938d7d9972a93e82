package gongkai.health;

import gongkai.search.Indexer;
import gongkai.search.deadletter.DeadLetters;
import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The search side of /health: DEGRADED (HTTP 200, pages still work) while the index directory fails
 * or outbox entries lie in dead letters; the details say which, for administrators.
 */
@Singleton
@Requires(beans = Indexer.class)
class SearchHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    /**
     * Not operational-false (that is DOWN, 503): the portal serves its pages. Operational left
     * unset so that it sorts above UP and below DOWN when the endpoint picks the overall status.
     */
    static final HealthStatus DEGRADED = new HealthStatus("DEGRADED", "部分功能暂时不可用", null, 500);

    private final Indexer indexer;
    private final DeadLetters deadLetters;

    SearchHealthIndicator(Indexer indexer, DeadLetters deadLetters) {
        this.indexer = indexer;
        this.deadLetters = deadLetters;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        Map<String, Object> details = new LinkedHashMap<>();
        HealthStatus status = HealthStatus.UP;
        var fault = indexer.fault();
        if (fault.isPresent()) {
            status = DEGRADED;
            details.put("index", "unavailable");
            details.put("reason", "检索索引目录无法写入，全文检索暂停（" + fault.get().cause() + "）；恢复后自动续上。");
            details.put("since", fault.get().since().toString());
        } else {
            details.put("index", "ok");
            details.put("position", indexer.index().committedPosition());
        }
        long dead = deadLetters.countOpen();
        details.put("deadLetters", dead);
        if (dead > 0) {
            status = DEGRADED;
            details.put("deadLetterReason", dead + " 条索引变更多次失败后被跳过，见 /staff/admin/outbox。");
        }
        healthStatus = status;
        return details;
    }

    @Override
    protected String getName() {
        return "search";
    }
}
