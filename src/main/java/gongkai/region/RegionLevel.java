package gongkai.region;

/** 省 / 市 / 县 level of a region. */
public enum RegionLevel {
    PROVINCE("省级"),
    CITY("市级"),
    COUNTY("县级");

    private final String label;

    RegionLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
