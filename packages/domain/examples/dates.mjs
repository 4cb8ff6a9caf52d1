// Partial dates ("2020", "2020-11", "2020-11-10") and half-open terms.
import {
  describeRange,
  partialDateEnd,
  partialDatePrecision,
  partialDateStart,
  rangeCovers,
  rangesOverlap,
} from "@plenary/domain";

// A partial date stands for its whole period.
console.log(partialDatePrecision("2020-11"), partialDateStart("2020-11"), partialDateEnd("2020-11"));

// Terms are half-open: the day a term ends belongs to the next one.
const russia = { startDate: "2019-06-14", endDate: "2020-11-10" };
const tajikistan = { startDate: "2020-11-10", endDate: null }; // null: still running
console.log(rangeCovers(russia, "2020-11-10"), rangeCovers(tajikistan, "2020-11-10"));
console.log("terms overlap:", rangesOverlap(russia, tajikistan));
console.log(describeRange(russia), "/", describeRange(tajikistan));

// An imprecise bound is read at its widest: an action plan valid "2021"–"2025" covers all of 2025.
console.log(rangeCovers({ startDate: "2021", endDate: "2025" }, "2025-12-31"));
