package org.rehabprogress.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.rehabprogress.spark.KindInput.Format;

/**
 * The sorted route's plan for Parquet, made on the driver from the files' footers: when every file
 * of every input holds a run of patients of its own (its patient ids, by its statistics, lie
 * between those of the files before and after it), as the parquet job writes them, each share is
 * the files whose patients begin where the largest input's files begin, and a task reads its files
 * whole with Spark's vectorised reader, without a shuffle. Other Parquet (columns that are not
 * text, files without statistics, patients across files) goes through the shuffle route.
 */
final class ParquetPlan {

  private ParquetPlan() {}

  /** Returns the shares of a Parquet input, or null when it is not laid out so. */
  static List<Share> of(SparkSession spark, List<KindInput> inputs, Configuration conf)
      throws IOException {
    List<List<ParquetFiles.Ids>> ids = new ArrayList<>();
    KindInput largest = null;
    for (KindInput input : inputs) {
      if (input.format() != Format.PARQUET || input.patientColumn() < 0 || !text(spark, input)) {
        return null;
      }
      List<ParquetFiles.Ids> own = new ArrayList<>();
      String previous = null;
      for (KindInput.Part part : input.parts()) {
        ParquetFiles.Ids file =
            ParquetFiles.ids(conf, part.path(), input.header().get(input.patientColumn()));
        if (file == null) {
          return null;
        }
        if (file.min() != null) {
          if (previous != null && file.min().compareTo(previous) <= 0) {
            return null; // files out of order, or a patient in two of them
          }
          previous = file.max();
        }
        own.add(file);
      }
      ids.add(own);
      if (largest == null || input.dataBytes() > largest.dataBytes()) {
        largest = input;
      }
    }
    List<String> firsts = new ArrayList<>();
    for (ParquetFiles.Ids file : ids.get(inputs.indexOf(largest))) {
      if (file.min() != null) {
        firsts.add(file.min());
      }
    }
    if (!firsts.isEmpty()) {
      firsts.remove(0); // the first share begins with the first patient, whoever it is
    }
    List<List<Segment>> segments = new ArrayList<>();
    for (int t = 0; t <= firsts.size(); t++) {
      segments.add(new ArrayList<>());
    }
    for (int k = 0; k < inputs.size(); k++) {
      KindInput input = inputs.get(k);
      for (int p = 0; p < input.parts().size(); p++) {
        ParquetFiles.Ids file = ids.get(k).get(p);
        if (file.min() == null) {
          continue;
        }
        int t = 0;
        while (t < firsts.size() && firsts.get(t).compareTo(file.min()) <= 0) {
          t++;
        }
        if (t < firsts.size() && file.max().compareTo(firsts.get(t)) >= 0) {
          return null; // the file's patients run into the next share
        }
        segments.get(t).add(new Segment(input.kind(), p, p, 0, 0, true));
      }
    }
    List<Share> shares = new ArrayList<>();
    for (int t = 0; t <= firsts.size(); t++) {
      shares.add(
          new Share(
              t,
              t == 0 ? null : firsts.get(t - 1),
              t == firsts.size() ? null : firsts.get(t),
              segments.get(t)));
    }
    return shares;
  }

  /** Returns whether every column of a Parquet input is text. */
  private static boolean text(SparkSession spark, KindInput input) {
    for (StructField f :
        spark.read().parquet(input.paths().toArray(String[]::new)).schema().fields()) {
      if (f.dataType() != DataTypes.StringType) {
        return false;
      }
    }
    return true;
  }
}
