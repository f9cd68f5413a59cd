package io.github.connectclient.it.security;

import java.util.List;

/**
 * Connector names for the name-safety tests (API reference §3; issue 6, point 6): the ones the
 * default policy sends, and the ones it refuses before any request.
 */
final class NameCorpus {

  private NameCorpus() {}

  /** Names Kafka Connect 4.3.1 round-trips, also when a follower forwards the write. */
  static final List<String> ACCEPTED =
      List.of(
          "with space", // space: %20, never +
          "a?b", // '?' is encoded; a raw one would start a query
          "a#b", // '#' is encoded; a raw one would start a fragment
          "a+b", // '+' is encoded as %2B, else a server may read a space
          "a=b&c",
          "a:b@c",
          "a,b",
          "a'b",
          "a\"b",
          "a<b>",
          "a|b",
          "a^b",
          "a`b",
          "a~b",
          "a[b]",
          "a(b)*!$",
          "->",
          "a..b", // dots inside a name are no dot-segment
          "...",
          ".hidden",
          "trailing.",
          "-",
          "ünï", // the API reference's example
          "日本語のコネクタ",
          "emoji 🚀 name",
          "👍",
          "e\u0301 combining", // e + combining acute accent, not NFC-normalised
          "\u00A0nbsp-leading", // NO-BREAK SPACE is not trimmed by the server (Java trim())
          "zero\u200Bwidth",
          "rtl \u202Eabc",
          "x".repeat(300),
          "🚀".repeat(500)); // exactly 2000 UTF-8 bytes: 6000 characters in the path

  /** Names the default policy refuses, each with a fragment its message must contain. */
  static final List<String[]> REFUSED =
      List.of(
          new String[] {"a/b", "'/'"},
          new String[] {"/", "'/'"},
          new String[] {"a\\b", "'\\'"},
          new String[] {"a%b", "'%'"},
          new String[] {"%20", "'%'"},
          new String[] {"a%20b", "'a b'"},
          new String[] {"%2F", "'%'"},
          new String[] {"a;b", "matrix parameter"},
          new String[] {";", "';'"},
          new String[] {"{x}", "URI template"},
          new String[] {"a{b", "'{'"},
          new String[] {"a}b", "'}'"},
          new String[] {".", "dot-segment"},
          new String[] {"..", "dot-segment"},
          new String[] {" leading", "whitespace at the start or end"},
          new String[] {"trailing ", "whitespace at the start or end"},
          new String[] {" both ", "whitespace at the start or end"},
          new String[] {"tab\tinside", "control character \\u0009"},
          new String[] {"new\nline", "control character \\u000A"},
          new String[] {"bell\u0007", "control character \\u0007"},
          new String[] {"del\u007F", "control character \\u007F"},
          new String[] {"lone\uD800surrogate", "unpaired UTF-16 surrogate"},
          new String[] {"x".repeat(2001), "2001 bytes"},
          new String[] {"🚀".repeat(501), "2004 bytes"});
}
