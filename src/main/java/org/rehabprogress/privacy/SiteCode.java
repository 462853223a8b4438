package org.rehabprogress.privacy;

import java.util.HexFormat;

/**
 * Keyed codes for sites (SPEC section 6): {@code site-} and the first 6 lower-case hex characters
 * of HMAC-SHA256 of the site's name (UTF-8, as written) under the key. A site name is free text
 * that can name a person or a date ("Dr Jones clinic 14/09"): the copy keeps only that patients
 * shared a site, never the name. The same key gives the same codes, so copies made with one key
 * line up.
 */
public final class SiteCode {

  /** The code's prefix. */
  public static final String PREFIX = "site-";

  /** The number of hex characters kept: 24 bits, ample for the few sites of a cohort. */
  public static final int LENGTH = 6;

  private SiteCode() {}

  /** Returns the code of a site name under a key. */
  public static String of(PseudonymKey key, String site) {
    return PREFIX + HexFormat.of().formatHex(key.hmac(site), 0, LENGTH / 2);
  }
}
