package org.marsad.readers.encoding;

import java.nio.charset.Charset;

/**
 * Text decoded from bytes, and how.
 *
 * @param text the decoded text, without any byte order mark
 * @param charset the charset that decoded it
 * @param how why that charset was chosen: "bom", "utf-8", "declared", "detected"
 */
public record DecodedText(String text, Charset charset, String how) {}
