package org.offencestats.handbook.render;

import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.Handbook;

/** Each table as published, as a CSV file beside the pages: the data behind every table and chart. */
final class TableDownloads {

    void render(Handbook handbook, RenderedSite site) {
        for (Disclosure d : handbook.disclosures()) {
            for (DataTable t : d.parsed().tables()) {
                site.add(Links.tableCsv(d.slug(), t.id()), TableCsv.of(t));
            }
        }
    }
}
