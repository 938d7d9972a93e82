package gongkai.disclosure;

import java.util.List;

/** A performance self-evaluation with its indicators, as stored (ids included, for editing). */
public record StoredProject(PerformanceProject project, List<PerformanceIndicator> indicators) {}
