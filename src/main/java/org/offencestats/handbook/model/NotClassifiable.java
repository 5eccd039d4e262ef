package org.offencestats.handbook.model;

/** A label that sits where an entity would but names none ("-", "Not recorded"), and what it means. */
public record NotClassifiable(String label, String meaning) {
}
