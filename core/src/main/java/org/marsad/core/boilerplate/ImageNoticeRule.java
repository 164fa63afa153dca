package org.marsad.core.boilerplate;

import java.util.regex.Pattern;

/**
 * The image-moderation notice some outlets print above a photo (seed 002's first line): «سيتم حجب هذه الصورة
 * تلقائيا عندما يتم الإبلاغ عنها من طرف عدة أشخاص.».
 */
public final class ImageNoticeRule extends LineStartRule {

  private static final Pattern START = Pattern.compile(
      "\\s*(?:سيتم|سوف\\s+يتم)\\s+حجب\\s+(?:هذه|هذا)\\s+(?:الصورة|الفيديو|التعليق)");

  public ImageNoticeRule() {
    super(START, 200);
  }

  @Override
  public String name() {
    return "image-notice";
  }
}
