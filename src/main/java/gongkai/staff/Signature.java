package gongkai.staff;

import gongkai.disclosure.DisclosureDocument;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The profile fields a report cannot be submitted without. */
final class Signature {

    private Signature() {}

    /**
     * The report is published under the name of its head and with its date: both are filled in
     * before a reviewer is asked to look at it.
     */
    static void refuseIfMissing(DisclosureDocument d) {
        Map<String, String> missing = new LinkedHashMap<>();
        if (d.profile().headOfUnit() == null || d.profile().headOfUnit().isBlank()) {
            missing.put("headOfUnit", "提交前须填写单位负责人。");
        }
        if (d.profile().reportDate() == null) {
            missing.put("reportDate", "提交前须填写报送日期。");
        }
        if (!missing.isEmpty()) {
            throw new WorkflowService.RefusedException(
                    "请先在“基本信息”中填写"
                            + String.join(
                                    "、",
                                    missing.keySet().stream()
                                            .map(k -> k.equals("headOfUnit") ? "单位负责人" : "报送日期")
                                            .toList())
                            + "并保存，再提交审核。",
                    List.of(),
                    missing);
        }
    }
}
