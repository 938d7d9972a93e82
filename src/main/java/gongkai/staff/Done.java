package gongkai.staff;

import io.micronaut.core.annotation.Nullable;
import java.util.Arrays;
import java.util.Locale;

/**
 * What a staff action has just done, carried to the page that follows it as {@code ?done=…}, so
 * that each step ends with its own message rather than a generic "已保存".
 */
enum Done {
    SAVED("已保存。"),
    PROFILE("基本信息已保存。"),
    SECTION("本节已保存。"),
    CREATED("已新建决算草稿：请填写基本信息、决算表和文字说明。"),
    COPIED("已复制上一年度的决算：标题中的年度已改为本年度；请逐项核对文字和金额，勾稽检查会提示仍与上年相同之处。"),
    CONFIRMED("已确认导入时未读取的表格。"),
    SUBMITTED("已提交审核：审核人员审核期间不能修改；审核结果会显示在本页。"),
    RETURNED("已退回填报单位修改，退回意见已记入操作记录。"),
    PUBLISHED("已审核通过并公开：公开页面和全文检索随即更新。"),
    WITHDRAWN("已从公开网站撤回本版。"),
    CORRECTED("已新建更正版本：修改后提交审核，公开后取代原版本。"),
    DELETED("草稿已删除（作废，仅保留在操作记录中）。");

    private final String message;

    Done(String message) {
        this.message = message;
    }

    String message() {
        return message;
    }

    String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The message for a {@code done} parameter; an unknown one shows nothing. */
    static @Nullable String messageOf(@Nullable String param) {
        if (param == null) {
            return null;
        }
        return Arrays.stream(values())
                .filter(d -> d.param().equals(param))
                .map(Done::message)
                .findFirst()
                .orElse(null);
    }

    String to(long id) {
        return "/staff/disclosures/" + id + "?done=" + param();
    }
}
