package gongkai.search.analysis;

import java.io.Reader;
import java.text.Normalizer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;

/**
 * Character normalisation shared by indexing and querying, so that a reader who types full-width
 * digits (２０４０６１０) or traditional characters (社區矯正) meets the simplified, half-width text of the
 * disclosures.
 *
 * <p>Why a curated character table and not a real converter: a proper traditional→simplified
 * conversion (OpenCC, ICU's Hant-Hans transliterator) needs phrase dictionaries and a dependency we
 * do not ship; nothing may be downloaded. Nearly all traditional→simplified differences that matter
 * for search are one character to one character, so a {@link MappingCharFilter} over a few hundred
 * frequent pairs (government, finance and justice vocabulary first) covers the queries people type,
 * keeps offsets exact for highlighting and costs nothing at run time. Ambiguous one-to-many cases
 * (e.g. 乾/幹 → 干 is fine, but 著 stays because 著 is also simplified) are left out on purpose.
 */
public final class TextNormalizer {

    /**
     * Pairs "traditional simplified", separated by spaces. Identical pairs and repeats are ignored
     * when the map is built, so the list can be extended without care for duplicates.
     */
    private static final String PAIRS =
            """
            區区 矯矫 關关 經经 費费 預预 決决 開开 辦办 務务 處处 機机 構构 單单 國国 資资 產产 財财 撥拨
            補补 運运 維维 護护 購购 車车 輛辆 會会 議议 訓训 練练 調调 戲戏 歷历 屆届 發发 廳厅 縣县 鄉乡
            鎮镇 與与 為为 對对 於于 這这 個个 們们 來来 時时 後后 愛爱 礙碍 罷罢 擺摆 敗败 頒颁 絆绊 幫帮
            綁绑 飽饱 寶宝 報报 貝贝 備备 筆笔 畢毕 幣币 邊边 編编 貶贬 變变 辯辩 標标 別别 賓宾 餅饼 駁驳
            參参 蠶蚕 殘残 慚惭 倉仓 艙舱 廁厕 側侧 冊册 測测 層层 纏缠 長长 嘗尝 場场 廠厂 暢畅 鈔钞 徹彻
            塵尘 陳陈 稱称 懲惩 誠诚 遲迟 馳驰 齒齿 衝冲 蟲虫 籌筹 觸触 傳传 創创 純纯 詞词 辭辞 從从 叢丛
            湊凑 竄窜 達达 帶带 貸贷 擔担 膽胆 當当 黨党 檔档 導导 島岛 燈灯 鄧邓 敵敌 遞递 點点 電电 澱淀
            釣钓 疊叠 頂顶 訂订 東东 動动 凍冻 鬥斗 獨独 讀读 賭赌 鍛锻 斷断 隊队 噸吨 奪夺 墮堕 惡恶 兒儿
            爾尔 罰罚 閥阀 範范 飯饭 訪访 紡纺 飛飞 廢废 紛纷 墳坟 奮奋 憤愤 糞粪 豐丰 鋒锋 風风 瘋疯 馮冯
            縫缝 諷讽 鳳凤 膚肤 輔辅 撫抚 婦妇 負负 復复 複复 該该 蓋盖 幹干 乾干 趕赶 鋼钢 崗岗 綱纲 閣阁
            鞏巩 貢贡 溝沟 穀谷 顧顾 觀观 館馆 慣惯 貫贯 廣广 規规 歸归 龜龟 軌轨 櫃柜 貴贵 過过 漢汉 號号
            閡阂 賀贺 恆恒 轟轰 紅红 滬沪 劃划 華华 話话 畫画 懷怀 壞坏 歡欢 環环 還还 緩缓 換换 喚唤 煥焕
            黃黄 謊谎 揮挥 輝辉 彙汇 匯汇 賄贿 穢秽 獲获 貨货 禍祸 擊击 積积 績绩 極极 級级 計计 記记 際际
            濟济 繼继 紀纪 夾夹 價价 駕驾 監监 堅坚 間间 艱艰 檢检 簡简 儉俭 減减 薦荐 鑒鉴 鑑鉴 見见 艦舰
            將将 獎奖 講讲 醬酱 膠胶 驕骄 較较 轎轿 階阶 節节 傑杰 潔洁 結结 謹谨 緊紧 進进 盡尽 勁劲 競竞
            鏡镜 糾纠 舊旧 舉举 劇剧 據据 懼惧 覺觉 絕绝 軍军 凱凯 殼壳 課课 墾垦 懇恳 庫库 誇夸 塊块 虧亏
            擴扩 闊阔 蠟蜡 臘腊 蘭兰 攔拦 欄栏 藍蓝 籃篮 覽览 懶懒 濫滥 勞劳 樂乐 類类 淚泪 壘垒 離离 裡里
            裏里 禮礼 曆历 麗丽 勵励 厲厉 瀝沥 隸隶 倆俩 聯联 蓮莲 連连 憐怜 臉脸 戀恋 鏈链 糧粮 涼凉 兩两
            諒谅 療疗 遼辽 鄰邻 臨临 靈灵 齡龄 嶺岭 領领 劉刘 龍龙 聾聋 樓楼 婁娄 爐炉 蘆芦 陸陆 錄录 慮虑
            濾滤 亂乱 倫伦 輪轮 論论 羅罗 邏逻 鑼锣 騾骡 絡络 媽妈 馬马 碼码 罵骂 買买 賣卖 麥麦 邁迈 蠻蛮
            滿满 貓猫 貿贸 夢梦 彌弥 覓觅 綿绵 緬缅 廟庙 滅灭 憫悯 閩闽 鳴鸣 銘铭 謀谋 畝亩 納纳 難难 腦脑
            惱恼 鬧闹 內内 擬拟 膩腻 釀酿 鳥鸟 聶聂 寧宁 擰拧 濃浓 農农 諾诺 歐欧 毆殴 盤盘 龐庞 賠赔 噴喷
            鵬鹏 騙骗 飄飘 頻频 貧贫 評评 憑凭 撲扑 鋪铺 樸朴 譜谱 齊齐 騎骑 豈岂 啟启 氣气 棄弃 遷迁 簽签
            錢钱 鉗钳 潛潜 淺浅 譴谴 槍枪 牆墙 搶抢 橋桥 喬乔 僑侨 竅窍 親亲 輕轻 傾倾 頃顷 請请 慶庆 瓊琼
            窮穷 軀躯 驅驱 權权 勸劝 確确 讓让 擾扰 熱热 認认 榮荣 軟软 銳锐 潤润 灑洒 薩萨 賽赛 傘伞 喪丧
            騷骚 掃扫 殺杀 紗纱 篩筛 曬晒 刪删 閃闪 陝陕 贍赡 傷伤 賞赏 燒烧 紹绍 攝摄 懾慑 設设 紳绅 審审
            嬸婶 腎肾 滲渗 聲声 勝胜 聖圣 繩绳 濕湿 詩诗 屍尸 實实 識识 駛驶 勢势 適适 釋释 飾饰 視视 試试
            壽寿 獸兽 樞枢 輸输 書书 贖赎 屬属 術术 樹树 豎竖 數数 帥帅 雙双 誰谁 稅税 順顺 說说 碩硕 爍烁
            絲丝 飼饲 聳耸 訟讼 誦诵 蘇苏 訴诉 肅肃 雖虽 隨随 歲岁 孫孙 損损 縮缩 瑣琐 鎖锁 臺台 檯台 颱台
            態态 攤摊 貪贪 癱瘫 灘滩 壇坛 談谈 嘆叹 湯汤 燙烫 濤涛 討讨 騰腾 謄誊 題题 體体 屜屉 條条 貼贴
            鐵铁 聽听 頭头 圖图 團团 頹颓 脫脱 窪洼 襪袜 彎弯 灣湾 頑顽 萬万 網网 韋韦 違违 圍围 偉伟 衛卫
            謂谓 穩稳 問问 甕瓮 臥卧 烏乌 誣诬 無无 誤误 霧雾 係系 繫系 蝦虾 轄辖 嚇吓 鮮鲜 纖纤 閑闲 閒闲
            賢贤 銜衔 顯显 險险 現现 獻献 餡馅 羨羡 憲宪 線线 綫线 廂厢 鑲镶 詳详 響响 項项 蕭萧 銷销 曉晓
            嘯啸 協协 脅胁 寫写 瀉泻 謝谢 鋅锌 興兴 洶汹 鏽锈 繡绣 須须 虛虚 噓嘘 許许 敘叙 緒绪 續续 軒轩
            懸悬 選选 癬癣 絢绚 學学 勳勋 詢询 尋寻 馴驯 訊讯 遜逊 壓压 鴉鸦 啞哑 亞亚 訝讶 煙烟 鹽盐 嚴严
            顏颜 閻阎 豔艳 厭厌 驗验 楊杨 揚扬 瘍疡 陽阳 養养 樣样 堯尧 遙遥 搖摇 藥药 爺爷 頁页 業业 葉叶
            醫医 儀仪 遺遗 億亿 憶忆 藝艺 誼谊 譯译 異异 繹绎 陰阴 銀银 飲饮 隱隐 櫻樱 嬰婴 鷹鹰 應应 纓缨
            瑩莹 營营 熒荧 蠅蝇 贏赢 穎颖 擁拥 傭佣 踴踊 詠咏 湧涌 優优 憂忧 郵邮 猶犹 遊游 誘诱 輿舆 魚鱼
            漁渔 娛娱 嶼屿 語语 獄狱 譽誉 馭驭 鴛鸳 淵渊 轅辕 園园 員员 圓圆 緣缘 遠远 願愿 約约 躍跃 鑰钥
            嶽岳 粵粤 悅悦 閱阅 雲云 勻匀 隕陨 蘊蕴 醞酝 暈晕 韻韵 雜杂 災灾 載载 攢攒 暫暂 贊赞 贓赃 髒脏
            鑿凿 棗枣 竈灶 責责 擇择 則则 澤泽 賊贼 贈赠 紮扎 軋轧 閘闸 詐诈 齋斋 債债 氈毡 盞盏 斬斩 輾辗
            嶄崭 棧栈 戰战 佔占 張张 漲涨 帳帐 賬账 脹胀 趙赵 蟄蛰 轍辙 貞贞 針针 偵侦 診诊 陣阵 掙挣 睜睁
            爭争 幀帧 鄭郑 證证 織织 職职 執执 紙纸 摯挚 擲掷 幟帜 質质 滯滞 鐘钟 鍾钟 終终 種种 腫肿 眾众
            軸轴 皺皱 晝昼 驟骤 豬猪 諸诸 誅诛 燭烛 矚瞩 囑嘱 貯贮 鑄铸 築筑 駐驻 專专 磚砖 轉转 賺赚 樁桩
            莊庄 裝装 妝妆 壯壮 狀状 錐锥 贅赘 墜坠 綴缀 諄谆 濁浊 茲兹 漬渍 蹤踪 綜综 總总 縱纵 鄒邹 詛诅
            組组 鑽钻 額额 準准 統统 餘余 諮咨 義义 戶户 償偿 師师 儲储 貳贰 麼么 隻只 鬆松 髮发 麵面 週周
            徵征 錯错 橫横 鬱郁 蔔卜 醜丑 纔才 祇只 鹼碱 團团 遺遗 饋馈 鋁铝 銅铜 錫锡 鍋锅 釘钉 鈕钮 鎖锁
            館馆 餐餐 飼饲 驛驿 驗验 鬧闹 塗涂 壩坝 壟垄 壺壶 廚厨 廈厦 彈弹 懲惩 戀恋 攜携 撐撑 擋挡 擠挤
            據据 擴扩 暈晕 曠旷 檻槛 櫥橱 欽钦 歎叹 毀毁 氫氢 滷卤 漿浆 潑泼 澗涧 濱滨 瀏浏 灤滦 災灾 煉炼
            熾炽 燜焖 爛烂 犧牺 獵猎 瑪玛 璽玺 畫画 瘡疮 皚皑 盜盗 睞睐 矚瞩 礎础 禱祷 稈秆 穌稣 窯窑 競竞
            筍笋 箋笺 籤签 糴籴 紋纹 緝缉 緞缎 縛缚 縣县 繪绘 罈坛 羥羟 聞闻 肅肃 腳脚 膠胶 艤舣 蘋苹 虜虏
            裝装 褲裤 襖袄 覲觐 訣诀 詫诧 誇夸 諜谍 謎谜 譏讥 讚赞 豎竖 豬猪 貫贯 賂赂 賑赈 贖赎 趨趋 躉趸
            軟软 輩辈 轄辖 迴回 遞递 邁迈 醖酝 釐厘 鈣钙 鉤钩 銹锈 鋤锄 錘锤 鍵键 鎂镁 鐮镰 閩闽 闆板 闖闯
            隨随 雞鸡 霧雾 靂雳 韌韧 頌颂 頸颈 顆颗 顛颠 颳刮 飢饥 餓饿 騷骚 驢驴 鬍胡 魯鲁 鯨鲸 鴨鸭 鵝鹅
            """;

    private static final Map<Character, Character> TABLE = buildTable();

    /**
     * The same table as a Lucene char map, built once (NormalizeCharMap is immutable and
     * thread-safe).
     */
    private static final NormalizeCharMap CHAR_MAP = buildCharMap();

    private TextNormalizer() {}

    private static Map<Character, Character> buildTable() {
        Map<Character, Character> table = new LinkedHashMap<>();
        for (String pair : PAIRS.trim().split("\\s+")) {
            if (pair.length() != 2) {
                throw new IllegalStateException("bad traditional/simplified pair: " + pair);
            }
            char traditional = pair.charAt(0);
            char simplified = pair.charAt(1);
            if (traditional != simplified) {
                table.putIfAbsent(traditional, simplified);
            }
        }
        return Collections.unmodifiableMap(table);
    }

    private static NormalizeCharMap buildCharMap() {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        TABLE.forEach((t, s) -> builder.add(String.valueOf(t), String.valueOf(s)));
        return builder.build();
    }

    /** The traditional→simplified pairs in use (for tests and documentation). */
    public static Map<Character, Character> table() {
        return TABLE;
    }

    /**
     * Wraps an analyzer's input: full-width ASCII → half-width ({@link CJKWidthCharFilter}), then
     * traditional → simplified. Both are char filters (not token filters) so that smartcn segments
     * the normalised text: smartcn splits 社區矯正 into four single characters but 社区矫正 into words.
     */
    public static Reader wrap(Reader reader) {
        return new MappingCharFilter(CHAR_MAP, new CJKWidthCharFilter(reader));
    }

    /**
     * The same normalisation on a plain string, for decisions made before analysis (code detection,
     * synonym lookup): NFKC folds full-width forms, then the character table applies, then lower
     * case.
     */
    public static String normalize(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            sb.append(TABLE.getOrDefault(c, c));
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
