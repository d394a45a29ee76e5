package ecopark.review.service;

/** An administrator changed the working-day calendar of a year; due dates counted from now on read the change. */
public record WorkingCalendarChanged(int year) {
}
