package io.github.connectclient.it;

import io.github.connectclient.ConnectClient;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One child JVM of {@link ManyClientsIT}: runs {@link ManyClientsLoad} with one client, closes it,
 * counts the client threads left, and prints one line the test parses: {@code MANY-CLIENTS-RESULT
 * <threads left> <tally>}. Arguments: proxy URL, connector name prefix, number of calls.
 */
public final class ManyClientsMain {

  static final String RESULT = "MANY-CLIENTS-RESULT ";

  private ManyClientsMain() {}

  public static void main(String[] args) {
    String url = args[0];
    String prefix = args[1];
    int calls = Integer.parseInt(args[2]);
    long baseline = ManyClientsLoad.clientThreads();
    ManyClientsLoad.Tally tally;
    try (ConnectClient client = ManyClientsLoad.client(url)) {
      tally = ManyClientsLoad.run(client, prefix, calls, new AtomicInteger());
    }
    long left = ManyClientsLoad.clientThreadsAfterClose(baseline, Duration.ofSeconds(10));
    System.out.println(RESULT + left + " " + tally.format());
    System.out.flush();
  }
}
