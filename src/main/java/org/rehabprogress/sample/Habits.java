package org.rehabprogress.sample;

/**
 * How a patient logs: how often, how many entries, and how their sources spell things.
 *
 * @param sparse whether the patient logs in bursts with gaps of a week or more
 * @param diaryRate the chance of a diary entry on a day (within a burst for sparse loggers)
 * @param trackerRate the chance that the day's activities are recorded
 * @param secondEntry the chance of a second diary entry on a logged day
 * @param gad7Every days between GAD-7 questionnaires (7 or 14), or 0 for none
 * @param gad7Offset the day offset, modulo {@code gad7Every}, the questionnaire falls on
 * @param sleepQuality whether the diary asks for sleep quality
 * @param intensityStyle 0 no intensity, 1 light/moderate/vigorous, 2 an RPE 0-10
 * @param exactMinutes whether durations come from a device (any minute) or by hand (fives)
 * @param restRate the chance of a day with no activity at all
 * @param activeEntries the mean number of activity entries on an active day, 1-5
 */
record Habits(
    boolean sparse,
    double diaryRate,
    double trackerRate,
    double secondEntry,
    int gad7Every,
    int gad7Offset,
    boolean sleepQuality,
    int intensityStyle,
    boolean exactMinutes,
    double restRate,
    double activeEntries) {}
