package gongkai.unit;

/**
 * Announced (synchronously, inside the change's transaction) after a unit's name, region, kind or
 * supervising unit changed. Whatever copies those — the search index, pages kept in memory —
 * listens for it; the unit package need not know who.
 */
public record UnitChanged(long unitId) {}
