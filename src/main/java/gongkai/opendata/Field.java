package gongkai.opendata;

import io.micronaut.core.annotation.Nullable;

/**
 * One column of a bulk file as datapackage.json describes it: a Frictionless type, a description in
 * Chinese and English, the unit (元 for amounts) and, where the Fiscal Data Package has a convention
 * for it, its {@code columnType}.
 */
record Field(
        String name,
        String type,
        String zh,
        String en,
        @Nullable String unit,
        @Nullable String columnType) {

    static Field of(String name, String type, String zh, String en) {
        return new Field(name, type, zh, en, null, null);
    }

    static Field typed(String name, String type, String zh, String en, String columnType) {
        return new Field(name, type, zh, en, null, columnType);
    }

    /** An amount in 元, exact to the cent as stored. */
    static Field yuan(String name, String zh, String en) {
        return new Field(name, "number", zh, en, "元", "value");
    }
}
