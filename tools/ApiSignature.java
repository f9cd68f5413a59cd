import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public API of one module as text, and the check that it did not change by accident.
 *
 * <p>Run by the build in {@code process-classes} of every published module (the parent POM's {@code
 * api-check} execution), with the module's runtime classpath:
 *
 * <pre>
 * java -cp CLASSPATH tools/ApiSignature.java ARTIFACT CLASSES_DIR BASELINE_FILE UPDATE
 * </pre>
 *
 * <p>It lists every public or protected type, constructor, method (javac's bridge methods included:
 * compiled callers link to them) and field of the classes in {@code CLASSES_DIR}, leaving out
 * packages with an {@code internal} segment. Each line is a full generic signature, so a removed or
 * changed member is a removed line. With {@code UPDATE} {@code true} it writes the baseline;
 * otherwise it compares and fails on any difference, listing removed or changed lines (they break
 * code compiled against the baseline) apart from added ones (they do not, but the baseline must
 * name them so that their later removal is caught). See docs/releasing.md.
 */
public final class ApiSignature {

  private ApiSignature() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: ApiSignature ARTIFACT CLASSES_DIR BASELINE_FILE UPDATE");
      System.exit(2);
    }
    String artifact = args[0];
    Path classes = Path.of(args[1]);
    Path baseline = Path.of(args[2]);
    boolean update = args[3].isEmpty() || Boolean.parseBoolean(args[3]);
    if (!Files.isDirectory(classes)) {
      System.out.println("[api] " + artifact + ": no classes, nothing to check");
      return;
    }
    List<String> current = signature(classes);
    String command =
        "mvn -pl "
            + artifact
            + " -am process-classes -Dapi.update (then commit "
            + rel(baseline)
            + ")";
    if (update) {
      Files.createDirectories(baseline.getParent());
      Files.write(baseline, current, StandardCharsets.UTF_8);
      System.out.println("[api] " + artifact + ": recorded " + rel(baseline));
      return;
    }
    if (!Files.exists(baseline)) {
      fail(
          artifact + " has no API baseline " + rel(baseline) + ".",
          "A published module records its public API: " + command + ".",
          "A module that is not published says <publish.skip>true</publish.skip> in its POM.");
    }
    List<String> recorded = Files.readAllLines(baseline, StandardCharsets.UTF_8);
    if (recorded.equals(current)) {
      System.out.println(
          "[api] "
              + artifact
              + ": public API matches "
              + rel(baseline)
              + " ("
              + count(current)
              + ")");
      return;
    }
    Set<String> before = flatten(recorded);
    Set<String> after = flatten(current);
    List<String> report = new ArrayList<>();
    report.add(
        "The public API of " + artifact + " differs from its baseline " + rel(baseline) + ".");
    List<String> removed = minus(before, after);
    List<String> added = minus(after, before);
    if (!removed.isEmpty()) {
      report.add("Removed or changed (breaks code compiled against the baseline):");
      removed.forEach(line -> report.add("  - " + line));
    }
    if (!added.isEmpty()) {
      report.add("Added (compatible, but the baseline must name it):");
      added.forEach(line -> report.add("  + " + line));
    }
    if (removed.isEmpty() && added.isEmpty()) {
      report.add("Same members in another order or layout: record it again.");
    }
    report.add("If this change is deliberate, record it: " + command + ".");
    fail(report.toArray(String[]::new));
  }

  /** The signature lines of every API type under {@code classes}, sorted. */
  static List<String> signature(Path classes) throws IOException, ClassNotFoundException {
    List<String> names;
    try (Stream<Path> files = Files.walk(classes)) {
      names =
          files
              .map(classes::relativize)
              .map(Path::toString)
              .filter(name -> name.endsWith(".class"))
              .filter(name -> !name.endsWith("module-info.class"))
              .filter(name -> !name.endsWith("package-info.class"))
              .map(name -> name.substring(0, name.length() - 6).replace('/', '.'))
              .collect(Collectors.toList());
    }
    TreeMap<String, List<String>> types = new TreeMap<>();
    ClassLoader loader = ApiSignature.class.getClassLoader();
    for (String name : names) {
      if (Arrays.asList(name.split("\\.")).contains("internal")) {
        continue;
      }
      Class<?> type = Class.forName(name, false, loader);
      if (isApi(type)) {
        types.put(type.getName(), members(type));
      }
    }
    List<String> lines = new ArrayList<>();
    types.forEach(
        (name, members) -> {
          lines.add(members.get(0));
          members.subList(1, members.size()).forEach(member -> lines.add("  " + member));
        });
    return lines;
  }

  private static boolean isApi(Class<?> type) {
    if (type.isSynthetic() || type.isAnonymousClass() || type.isLocalClass()) {
      return false;
    }
    for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
      int modifiers = c.getModifiers();
      boolean visible =
          Modifier.isPublic(modifiers)
              || (c.getDeclaringClass() != null && Modifier.isProtected(modifiers));
      if (!visible) {
        return false;
      }
    }
    return true;
  }

  /** The type's own line, then its members' lines, sorted. */
  private static List<String> members(Class<?> type) {
    StringBuilder header =
        new StringBuilder("type ")
            .append(type.getName())
            .append(": ")
            .append(type.toGenericString());
    Type superclass = type.getGenericSuperclass();
    if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
      header.append(" extends ").append(superclass.getTypeName());
    }
    Type[] interfaces = type.getGenericInterfaces();
    if (interfaces.length > 0) {
      header
          .append(type.isInterface() ? " extends " : " implements ")
          .append(
              Arrays.stream(interfaces).map(Type::getTypeName).collect(Collectors.joining(", ")));
    }
    Set<String> members = new TreeSet<>();
    String owner = type.getName() + ".";
    for (Field field : type.getDeclaredFields()) {
      if (visible(field.getModifiers()) && !field.isSynthetic()) {
        members.add("field " + field.toGenericString().replace(owner, "") + constant(field));
      }
    }
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (visible(constructor.getModifiers()) && !constructor.isSynthetic()) {
        members.add("constructor " + constructor.toGenericString().replace(owner, ""));
      }
    }
    for (Method method : type.getDeclaredMethods()) {
      if (visible(method.getModifiers()) && (!method.isSynthetic() || method.isBridge())) {
        String line = (method.isBridge() ? "bridge " : "method ") + method.toGenericString();
        Object defaultValue = method.getDefaultValue();
        if (defaultValue != null) {
          line += " default " + Arrays.deepToString(new Object[] {defaultValue});
        }
        members.add(line.replace(owner, ""));
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add(header.toString());
    lines.addAll(members);
    return lines;
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  /** The value of a compile-time constant, which compiled callers hold inlined. */
  private static String constant(Field field) {
    int modifiers = field.getModifiers();
    boolean inlined =
        Modifier.isStatic(modifiers)
            && Modifier.isFinal(modifiers)
            && (field.getType().isPrimitive() || field.getType() == String.class);
    if (!inlined) {
      return "";
    }
    try {
      field.setAccessible(true);
      return " = " + field.get(null);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return "";
    }
  }

  /** Each member line prefixed with its type, so that a diff line says where it is. */
  private static Set<String> flatten(List<String> lines) {
    Set<String> flat = new LinkedHashSet<>();
    String type = "";
    for (String line : lines) {
      if (line.startsWith("  ")) {
        flat.add(type + " :: " + line.strip());
      } else {
        type = line.substring("type ".length(), line.indexOf(':'));
        flat.add(line);
      }
    }
    return flat;
  }

  private static List<String> minus(Set<String> a, Set<String> b) {
    return a.stream().filter(line -> !b.contains(line)).collect(Collectors.toList());
  }

  private static String count(List<String> lines) {
    long types = lines.stream().filter(line -> !line.startsWith("  ")).count();
    return types + " types, " + (lines.size() - types) + " members";
  }

  /** {@code file} relative to the repository (the parent of the module directory it runs in). */
  private static String rel(Path file) {
    Path here = Path.of("").toAbsolutePath().getParent();
    Path absolute = file.toAbsolutePath();
    return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
  }

  private static void fail(String... lines) {
    for (String line : lines) {
      System.err.println("[api] " + line);
    }
    System.exit(1);
  }
}
