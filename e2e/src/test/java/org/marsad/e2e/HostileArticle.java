package org.marsad.e2e;

import java.util.LinkedHashMap;
import java.util.Map;

/** An article whose title and text try to run script in the reader's page: the UI must show them as text. */
final class HostileArticle {

  static final String SCRIPT = "<script>window.__xss=1</script>";
  static final String IMG = "<img src=x onerror=\"window.__xss=1\">";
  static final String TITLE = "اختبار أمان " + SCRIPT + " " + IMG;

  private HostileArticle() {}

  /**
   * One JSON record in the reader's default field names, as POST /api/articles takes it. The title carries
   * the payloads raw. Text that looks like HTML is read as HTML (tags dropped, scripts never kept as
   * text), so the text is HTML whose paragraphs quote the payloads escaped: the stored text then holds
   * them as characters, as an article about such code would.
   */
  static Map<String, Object> record() {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("id", "e2e-hostile-1");
    r.put("source", "e2e-hostile");
    r.put("date", "2016-12-20");
    r.put("title", TITLE);
    r.put("text", String.join("\n",
        "<p>قال متحدث باسم البلدية في مؤتمر صحفي إن أعمال الصيانة في الجسر الرئيسي ستنتهي الأسبوع المقبل. "
            + escaped(SCRIPT) + "</p>",
        "<p>وأضاف أن الطريق سيبقى مفتوحاً أمام السيارات الصغيرة طوال مدة الأعمال " + escaped(IMG)
            + " وأن الحافلات ستسلك طريقاً آخر.</p>",
        "<p>وأوضح أن كلفة الأعمال بلغت نحو مليوني دينار وأن العمال يعملون في ورديتين ليلاً ونهاراً.</p>"));
    return r;
  }

  private static String escaped(String html) {
    return html.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
