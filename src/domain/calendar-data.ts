/**
 * The default event calendar, as data. Where the plan itself dates an event, `source` quotes it
 * (with the item it comes from); otherwise the dates are from the ITU public calendar. Where the plan
 * gives only a month, so does the entry (precision "month": whole months).
 */
import type { Calendar, CalendarEvent } from "./calendar";

const ITU = "ITU public calendar";

const DEFAULT_EVENTS: readonly CalendarEvent[] = [
  // World Telecommunication Standardization Assemblies (and their Global Standards Symposia)
  { id: "GSS-16", series: "GSS", name: "GSS-16, Yasmine Hammamet, Tunisia", start: "2016-10-24", end: "2016-10-24", precision: "day", source: ITU },
  { id: "WTSA-16", series: "WTSA", name: "WTSA-16, Yasmine Hammamet, Tunisia", start: "2016-10-25", end: "2016-11-03", precision: "day", source: ITU },
  {
    id: "GSS-20", series: "GSS", name: "GSS-20, Geneva", start: "2022-02-28", end: "2022-02-28", precision: "day",
    source: "Plan, item 01-01: \"the next WTSA was planned … from 1 to 9 March 2022, preceded by the Global Standards Symposium (GSS) on 28 February 2022\"",
  },
  {
    id: "WTSA-20", series: "WTSA", name: "WTSA-20, Geneva, Switzerland",
    start: "2022-03-01", end: "2022-03-09", precision: "day",
    source:
      "Plan, item 01-01: \"WTSA-20 was planned to take place at Hyderabad, India, from 16 to 27 November 2020 … deferred … " +
      "It was finally decided that WTSA-20 takes place in Geneva, Switzerland, 1-9 March 2022; ref. Circular letter No. 21/39\"",
  },
  // Plenipotentiary Conferences
  { id: "PP-18", series: "PP", name: "PP-18, Dubai, United Arab Emirates", start: "2018-10-29", end: "2018-11-16", precision: "day", source: ITU },
  { id: "PP-22", series: "PP", name: "PP-22, Bucharest, Romania", start: "2022-09-26", end: "2022-10-14", precision: "day", source: ITU },
  // World Telecommunication Development Conferences
  { id: "WTDC-17", series: "WTDC", name: "WTDC-17, Buenos Aires, Argentina", start: "2017-10-09", end: "2017-10-20", precision: "day", source: ITU },
  { id: "WTDC-22", series: "WTDC", name: "WTDC-22, Kigali, Rwanda", start: "2022-06-06", end: "2022-06-16", precision: "day", source: ITU },
  // ITU Council sessions (2020: the session was replaced by virtual consultations of councillors)
  { id: "C17", series: "Council", name: "Council 2017, Geneva", start: "2017-05-15", end: "2017-05-25", precision: "day", source: ITU },
  { id: "C18", series: "Council", name: "Council 2018, Geneva", start: "2018-04-17", end: "2018-04-27", precision: "day", source: ITU },
  { id: "C19", series: "Council", name: "Council 2019, Geneva", start: "2019-06-10", end: "2019-06-20", precision: "day", source: ITU },
  {
    id: "VCC-2020-06", series: "Council", name: "Council 2020: first virtual consultation of councillors", start: "2020-06-01", end: "2020-06-30", precision: "month",
    source: `${ITU} (the 2020 Council session was not held; virtual consultations of councillors replaced it)`,
  },
  {
    id: "VCC-2020-11", series: "Council", name: "Council 2020: second virtual consultation of councillors", start: "2020-11-01", end: "2020-11-30", precision: "month",
    source: "Plan, item 01-01: \"The second virtual consultation of councillors in November 2020, Council Decision 608 was further modified\"",
  },
  { id: "C21", series: "Council", name: "Council 2021, virtual session", start: "2021-06-08", end: "2021-06-18", precision: "day", source: ITU },
  { id: "C22", series: "Council", name: "Council 2022, Geneva", start: "2022-03-21", end: "2022-03-31", precision: "day", source: ITU },
  // TSAG meetings of the 2017–2021 study period, as the plan dates them
  {
    id: "TSAG-2017-05", series: "TSAG", name: "TSAG meeting, May 2017", start: "2017-05-01", end: "2017-05-31", precision: "month",
    source: "Plan, item 22-01: \"The May 2017 TSAG meeting was provided with the outcome of GSS (TSAG-TD58-R1).\"",
  },
  {
    id: "TSAG-2018-02", series: "TSAG", name: "TSAG meeting, 26 February – 2 March 2018", start: "2018-02-26", end: "2018-03-02", precision: "day",
    source: "Plan, item 87-01: \"Further updates by some ITU-T study groups were presented at TSAG 26 February – 2 March 2018.\"",
  },
  {
    id: "TSAG-2018-12", series: "TSAG", name: "TSAG meeting, December 2018", start: "2018-12-01", end: "2018-12-31", precision: "month",
    source: "Plan, item 22-07: \"TSAG-TD292 was presented to the December 2018 TSAG meeting\"",
  },
  {
    id: "TSAG-2019-09", series: "TSAG", name: "TSAG meeting, September 2019", start: "2019-09-01", end: "2019-09-30", precision: "month",
    source: "Plan, item 22-07: \"TSAG-TD467 was presented to the September 2019 TSAG meeting\"",
  },
  {
    id: "TSAG-2020-02", series: "TSAG", name: "TSAG meeting, February 2020", start: "2020-02-01", end: "2020-02-29", precision: "month",
    source: "Plan, item 22-07: \"TSAG-TD657 was presented to the February 2020 TSAG meeting\"",
  },
  {
    id: "TSAG-2020-09", series: "TSAG", name: "TSAG meeting, September 2020, virtual", start: "2020-09-01", end: "2020-09-30", precision: "month",
    source: "Plan, item 44-31: \"interpretation was provided to the entire meetings  of TSAG + IRM (Sept. 2020 and Jan. 2021)\"",
  },
  {
    id: "TSAG-2021-01", series: "TSAG", name: "TSAG meeting, January 2021, virtual", start: "2021-01-01", end: "2021-01-31", precision: "month",
    source: "Plan, item 01-06: \"TSAG in January 2021 endorsed the new or revised Questions proposed by Study Groups\"",
  },
  {
    id: "TSAG-2021-10", series: "TSAG", name: "TSAG meeting, October 2021, virtual", start: "2021-10-01", end: "2021-10-31", precision: "month",
    source: "Plan, item 78-07: \"TSAG October 2021 meeting established a new ITU-T Joint Coordination Activity on digital COVID-19 certificate\"",
  },
  {
    id: "TSAG-2022-01", series: "TSAG", name: "TSAG meeting, January 2022, virtual", start: "2022-01-01", end: "2022-01-31", precision: "month",
    source: "Plan, item 01-02: \"A proposal (TSAG-TD1187) and practical information (TSAG-TD1292-R1) were submitted to the January 2022 TSAG meeting.\"",
  },
  // Study-group meeting periods
  {
    id: "SG-2017-FIRST", series: "SG", name: "First study-group meetings of the 2017–2020 study period", start: "2017-01-01", end: "2017-05-31", precision: "month",
    source:
      "Plan, items 44-28, 44-11 and 54-01: \"SG16 meeting (16-27 January 2017) in Geneva\", " +
      "\"SG2's first meeting (29 March to 7 April 2017) in this study period\", \"SG5, at its first meeting in May 2017\"",
  },
];

/** A fresh copy of the shipped calendar (callers may sort or extend it freely). */
export function defaultCalendar(): Calendar {
  return { events: DEFAULT_EVENTS.map((event) => ({ ...event })) };
}
