package io.github.connectclient.internal.http;

import java.io.IOException;
import okio.Buffer;
import okio.ForwardingSource;
import okio.Source;

/** A source that fails once more than {@code limit} bytes have been read from it. */
final class LimitedSource extends ForwardingSource {

  private final long limit;
  private long read;

  LimitedSource(Source delegate, long limit) {
    super(delegate);
    this.limit = limit;
  }

  @Override
  public long read(Buffer sink, long byteCount) throws IOException {
    long count = super.read(sink, byteCount);
    if (count > 0) {
      read += count;
      if (read > limit) {
        throw new ResponseTooLargeException(limit);
      }
    }
    return count;
  }

  /** The body is larger than the configured limit. */
  static final class ResponseTooLargeException extends IOException {
    ResponseTooLargeException(long limit) {
      super("the response body exceeds the limit of " + limit + " bytes");
    }
  }
}
