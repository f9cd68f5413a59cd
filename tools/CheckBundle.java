import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks a Maven Central bundle (the zip the Central publishing plugin builds) before it is
 * uploaded, and prints its file list:
 *
 * <pre>
 * java tools/CheckBundle.java target/central-publishing/central-bundle.zip VERSION [--signed]
 * </pre>
 *
 * <ul>
 *   <li>the artifacts with a jar are exactly those the BOM lists, and the BOM lists nothing else;
 *   <li>each of them has its POM, jar, {@code -sources.jar} and {@code -javadoc.jar}; the BOM and
 *       the parent have their POM; nothing else is in the bundle (no test or example module);
 *   <li>every file has its {@code .md5} and {@code .sha1}, and they match its content (and so do a
 *       {@code .sha256} or {@code .sha512} where present);
 *   <li>with {@code --signed}, every file has its {@code .asc};
 *   <li>every POM is of {@code VERSION}; the parent and the BOM name a licence, an SCM, a
 *       developer, a URL and a description, and every POM has a name and a description.
 * </ul>
 */
public final class CheckBundle {

  private static final String GROUP_PATH = "io/github/connectclient/";
  private static final String PARENT = "connect-client-parent";
  private static final String BOM = "connect-client-bom";
  private static final List<String> REQUIRED_SUMS = List.of("md5", "sha1");
  private static final Map<String, String> DIGESTS =
      Map.of("md5", "MD5", "sha1", "SHA-1", "sha256", "SHA-256", "sha512", "SHA-512");

  private final List<String> problems = new ArrayList<>();

  private CheckBundle() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: CheckBundle BUNDLE_ZIP VERSION [--signed]");
      System.exit(2);
    }
    boolean signed = args.length > 2 && args[2].equals("--signed");
    List<String> problems = new CheckBundle().check(Path.of(args[0]), args[1], signed);
    if (!problems.isEmpty()) {
      problems.forEach(problem -> System.err.println("[bundle] " + problem));
      System.err.println("[bundle] " + problems.size() + " problem(s): the bundle is incomplete");
      System.exit(1);
    }
    System.out.println("[bundle] complete: every published module, every file, every checksum");
  }

  private List<String> check(Path zip, String version, boolean signed) throws IOException {
    try (ZipFile bundle = new ZipFile(zip.toFile())) {
      Map<String, ZipEntry> entries = new TreeMap<>();
      bundle.stream().filter(e -> !e.isDirectory()).forEach(e -> entries.put(e.getName(), e));
      System.out.println("[bundle] " + zip + ": " + entries.size() + " files");
      entries.keySet().forEach(name -> System.out.println("  " + name));

      Map<String, Set<String>> artifacts = new TreeMap<>();
      for (String name : entries.keySet()) {
        String file = primary(name);
        if (file == null) {
          continue;
        }
        String[] parts = file.split("/");
        if (!file.startsWith(GROUP_PATH) || parts.length != 6 || !parts[4].equals(version)) {
          problems.add("not io.github.connectclient at " + version + ": " + name);
          continue;
        }
        String artifact = parts[3];
        String suffix = parts[5].substring((artifact + "-" + version).length());
        artifacts.computeIfAbsent(artifact, a -> new TreeSet<>()).add(suffix);
        checkSums(bundle, entries, file, signed);
      }

      Set<String> listed = bomArtifacts(bundle, entries, version);
      Set<String> withJar = new TreeSet<>();
      artifacts.forEach(
          (artifact, files) -> {
            if (files.contains(".jar")) {
              withJar.add(artifact);
            }
          });
      if (!withJar.equals(listed)) {
        problems.add("the BOM lists " + listed + " but the bundle's jars are of " + withJar);
      }
      for (String artifact : listed) {
        expect(artifacts, artifact, Set.of(".pom", ".jar", "-sources.jar", "-javadoc.jar"));
      }
      expect(artifacts, PARENT, Set.of(".pom"));
      expect(artifacts, BOM, Set.of(".pom"));
      for (String artifact : artifacts.keySet()) {
        if (!listed.contains(artifact) && !artifact.equals(PARENT) && !artifact.equals(BOM)) {
          problems.add("not a published artifact (the BOM does not list it): " + artifact);
        }
      }
      for (String artifact : artifacts.keySet()) {
        checkPom(bundle, entries, artifact, version);
      }
    }
    return problems;
  }

  /** {@code name} if it is an artifact file rather than a checksum or signature, else null. */
  private static String primary(String name) {
    if (name.endsWith(".asc")) {
      return null;
    }
    for (String sum : DIGESTS.keySet()) {
      if (name.endsWith("." + sum)) {
        return null;
      }
    }
    return name;
  }

  private void expect(Map<String, Set<String>> artifacts, String artifact, Set<String> files) {
    Set<String> present = artifacts.getOrDefault(artifact, Set.of());
    if (!present.equals(files)) {
      problems.add(artifact + " has " + present + ", expected exactly " + new TreeSet<>(files));
    }
  }

  private void checkSums(ZipFile bundle, Map<String, ZipEntry> entries, String file, boolean signed)
      throws IOException {
    byte[] content = read(bundle, entries.get(file));
    for (String sum : DIGESTS.keySet()) {
      ZipEntry entry = entries.get(file + "." + sum);
      if (entry == null) {
        if (REQUIRED_SUMS.contains(sum)) {
          problems.add("no ." + sum + " for " + file);
        }
        continue;
      }
      String recorded = new String(read(bundle, entry), StandardCharsets.US_ASCII).strip();
      String actual = digest(DIGESTS.get(sum), content);
      if (!recorded.split("\\s+")[0].equalsIgnoreCase(actual)) {
        problems.add("." + sum + " of " + file + " does not match its content");
      }
    }
    if (signed && !entries.containsKey(file + ".asc")) {
      problems.add("no .asc signature for " + file);
    }
  }

  private Set<String> bomArtifacts(ZipFile bundle, Map<String, ZipEntry> entries, String version)
      throws IOException {
    String path = GROUP_PATH + BOM + "/" + version + "/" + BOM + "-" + version + ".pom";
    Set<String> listed = new TreeSet<>();
    ZipEntry entry = entries.get(path);
    if (entry == null) {
      problems.add("no BOM: " + path);
      return listed;
    }
    String pom = new String(read(bundle, entry), StandardCharsets.UTF_8);
    Matcher management =
        Pattern.compile("<dependencyManagement>(.*)</dependencyManagement>", Pattern.DOTALL)
            .matcher(pom);
    if (management.find()) {
      Matcher artifact =
          Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(management.group(1));
      while (artifact.find()) {
        listed.add(artifact.group(1).strip());
      }
    }
    return listed;
  }

  private void checkPom(
      ZipFile bundle, Map<String, ZipEntry> entries, String artifact, String version)
      throws IOException {
    String path = GROUP_PATH + artifact + "/" + version + "/" + artifact + "-" + version + ".pom";
    ZipEntry entry = entries.get(path);
    if (entry == null) {
      problems.add("no POM for " + artifact);
      return;
    }
    String pom =
        new String(read(bundle, entry), StandardCharsets.UTF_8).replaceAll("(?s)<!--.*?-->", "");
    if (!pom.contains("<version>" + version + "</version>") || pom.contains("-SNAPSHOT")) {
      problems.add(artifact + "'s POM is not of version " + version + " alone");
    }
    List<String> required = new ArrayList<>(List.of("name", "description"));
    if (artifact.equals(PARENT) || artifact.equals(BOM)) {
      required.addAll(List.of("url", "licenses", "developers", "scm"));
    } else if (!pom.contains("<artifactId>" + PARENT + "</artifactId>")) {
      problems.add(artifact + "'s POM does not inherit " + PARENT + "'s metadata");
    }
    for (String element : required) {
      if (!Pattern.compile("<" + element + "(\\s[^>]*)?>\\s*\\S", Pattern.DOTALL)
          .matcher(pom)
          .find()) {
        problems.add(artifact + "'s POM has no <" + element + ">");
      }
    }
  }

  private static byte[] read(ZipFile bundle, ZipEntry entry) throws IOException {
    try (InputStream in = bundle.getInputStream(entry)) {
      return in.readAllBytes();
    }
  }

  private static String digest(String algorithm, byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
