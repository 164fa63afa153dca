package org.marsad.server;

import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * JSON kept gzipped in memory: Arabic news JSON shrinks about fivefold, and the large stories are most of a
 * corpus's snapshot.
 * A client that accepts gzip (every browser) gets the bytes as they are; others get them expanded.
 */
final class Gzipped {

  private Gzipped() {}

  static byte[] compress(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(out, 8192) {
      {
        def.setLevel(Deflater.BEST_SPEED); // loading a corpus compresses hundreds of MB
      }
    }) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] expand(byte[] gzipped) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped), 8192)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Answers the JSON: gzipped as kept when the client accepts it, else expanded. */
  static void answer(Context ctx, byte[] gzipped) {
    ctx.contentType(StoryRoutes.JSON).header("Vary", "Accept-Encoding");
    String accepted = ctx.header("Accept-Encoding");
    if (accepted != null && accepted.contains("gzip")) {
      // Javalin leaves an answer that names its encoding as it is.
      ctx.header("Content-Encoding", "gzip").result(gzipped);
    } else {
      ctx.result(expand(gzipped));
    }
  }
}
