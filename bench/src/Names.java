import java.util.ArrayList;
import java.util.List;

/** Unit names, people and measure words of the synthetic plans: all distinct, all deterministic. */
final class Names {
  private Names() {}

  static final List<String> DEPARTMENTS = List.of(
      "发展和改革局", "工业和信息化局", "科学技术局", "财政局", "自然资源局", "住房和城乡建设局", "交通运输局",
      "农业农村局", "水利局", "商务局", "文化旅游广电体育局", "卫生健康局", "教育局", "人力资源和社会保障局",
      "生态环境局", "应急管理局", "市场监督管理局", "统计局", "行政审批服务局", "乡村振兴局", "林业局",
      "民政局", "司法局", "审计局", "医疗保障局", "税务局", "供销合作社", "城市管理和综合执法局", "退役军人事务局",
      "数据资源局");

  private static final List<String> PLACES = List.of(
      "雁峰区", "石鼓区", "珠晖区", "蒸湘区", "南岳区", "衡阳县", "衡南县", "衡山县", "衡东县", "祁东县", "耒阳市",
      "常宁市", "临湘市", "岳阳县", "华容县", "湘阴县", "平江县", "汨罗市", "鹤城区", "中方县", "沅陵县", "辰溪县",
      "溆浦县", "会同县", "麻阳县", "新晃县", "芷江县", "靖州县", "通道县", "洪江市");

  private static final String FIRST = "金银石龙凤白青红黄长新平安永兴福泉松柏桃李杨柳梅花云山水湖江河溪岭塘桥湾坪冲岗田";
  private static final String SECOND = "峰塘桥湾坪冲岗田林口铺市寨坝洲堡沟源头溪岭庄湖江河阳华丰和宁昌盛隆泰康乐顺祥瑞德";
  private static final String[] TOWN_KINDS = {"镇", "乡", "街道"};

  static final List<String> INDICATORS = List.of(
      "新增市场主体", "新增规模以上工业企业", "地区生产总值增速", "固定资产投资项目", "招商引资到位资金",
      "社会消费品零售总额增速");

  static final List<String> MEASURES = List.of("家", "个", "项", "亿元", "万元", "%");

  static final List<String> SUBJECTS = List.of(
      "新建项目", "培育企业", "建成示范点", "完成改造", "引进项目", "新增就业岗位", "建设标准化基地", "开展专项行动");

  private static final String SURNAMES = "王李张刘陈杨黄赵周吴徐孙胡朱高林何郭马罗";
  private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂";

  /** {@code n} distinct town names such as 金峰镇, 银塘乡, 石桥街道. */
  static List<String> towns(int n) {
    List<String> out = new ArrayList<>();
    int stems = FIRST.length() * SECOND.length();
    for (int i = 0; i < n; i++) {
      int s = i % stems;
      String stem = "" + FIRST.charAt(s % FIRST.length()) + SECOND.charAt(s / FIRST.length());
      String prefix = i < stems ? "" : PLACES.get((i / stems - 1) % PLACES.size());
      out.add(prefix + stem + TOWN_KINDS[(s * 7 + i / stems) % 3]);
    }
    return out;
  }

  /** {@code n} distinct department names such as 雁峰区发展和改革局. */
  static List<String> departments(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(PLACES.get(i / DEPARTMENTS.size() % PLACES.size()) + DEPARTMENTS.get(i % DEPARTMENTS.size())
          + (i < DEPARTMENTS.size() * PLACES.size() ? "" : String.valueOf(i / (DEPARTMENTS.size() * PLACES.size()))));
    }
    return out;
  }

  static String person(int k) {
    return "" + SURNAMES.charAt(k % SURNAMES.length()) + GIVEN.charAt((k / 3) % GIVEN.length())
        + (k % 2 == 0 ? "" : String.valueOf(GIVEN.charAt((k * 7) % GIVEN.length())));
  }
}
