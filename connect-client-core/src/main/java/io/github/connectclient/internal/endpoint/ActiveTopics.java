package io.github.connectclient.internal.endpoint;

import java.util.List;

/**
 * One entry of the topics answer, {@code {"<connector>": {"topics": [...]}}}.
 *
 * @param topics the topic names; empty when absent
 */
public record ActiveTopics(List<String> topics) {

  /** Turns an absent list into an empty one. */
  public ActiveTopics {
    topics = topics == null ? List.of() : List.copyOf(topics);
  }
}
