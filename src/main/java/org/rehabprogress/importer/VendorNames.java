package org.rehabprogress.importer;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The file and folder names vendors give every export ({@code export.xml}, {@code activities.csv},
 * ...): a name that says nothing about whose data it holds, from which no patient id may be made
 * (SPEC section 7). A copy a browser or file manager renamed ({@code export (1).zip}, {@code
 * activities-2.csv}, {@code Export Copy.xml}) is still the vendor's name.
 */
final class VendorNames {

  private static final Set<String> NAMES =
      Set.of(
          // Apple Health: the Health app's export and the folder in its zip.
          "export",
          "apple_health_export",
          "apple health export",
          // Garmin Connect and Strava: the activity list; Garmin's account export folders.
          "activities",
          "summarizedactivities",
          "di_connect",
          "di-connect-fitness",
          // Fitbit: the account export and its category folders.
          "myfitbitdata",
          "user-site-export",
          "physical activity",
          "sleep",
          // Google Takeout, which holds Fitbit's export since 2024.
          "takeout",
          "fitbit",
          // Bearable.
          "bearable-export");

  private static final Pattern EXTENSIONS = Pattern.compile("(\\.(csv|xml|zip|json|txt))+$");
  private static final Pattern COPY =
      Pattern.compile("(\\s*\\(\\d+\\)|[\\s_-]+\\d{1,2}|\\s+copy(\\s+\\d+)?|\\s*-\\s*copy)$");
  // Bearable names its file bearable-export-dd-mm-yyyy.csv; Garmin's account export
  // <account>_0_summarizedActivities.json, whose account part is an e-mail address.
  private static final Pattern DATED = Pattern.compile("bearable-export[-_ ][\\d_ -]+");
  private static final Pattern GARMIN = Pattern.compile(".*_\\d+_summarizedactivities");

  private VendorNames() {}

  /** Returns whether a file or folder name is one a vendor gives every export. */
  static boolean generic(String name) {
    String n = EXTENSIONS.matcher(name.strip().toLowerCase(Locale.ROOT)).replaceAll("");
    for (int i = 0; i < 3; i++) {
      n = COPY.matcher(n).replaceAll("").strip();
    }
    return n.isEmpty()
        || NAMES.contains(n)
        || DATED.matcher(n).matches()
        || GARMIN.matcher(n).matches();
  }
}
