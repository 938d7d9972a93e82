package gongkai.validation;

/**
 * One family of consistency rules; adds its findings to the run's {@link Checks}. Must never throw
 * on odd data.
 */
interface RuleFamily {
    void check(Checks c);
}
