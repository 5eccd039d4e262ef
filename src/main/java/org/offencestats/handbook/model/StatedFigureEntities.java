package org.offencestats.handbook.model;

/**
 * An entity a stated figure is about: its wording names it ("... 086/02 offences ..."), or, when the wording names
 * none, the question it answers does. {@code figure} is the figure's index in {@link ParsedDisclosure#statedFigures()}.
 */
public record StatedFigureEntities(int figure, EntityMatch match) {
}
