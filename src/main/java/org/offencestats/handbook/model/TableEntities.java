package org.offencestats.handbook.model;

/**
 * An entity a whole table is about, though no row or column names it: the table answering "crimes ... (home office
 * code 86/2)" gives figures for 086/02 broken down by outcome. {@code match} says where the table names it.
 */
public record TableEntities(String tableId, EntityMatch match) {
}
