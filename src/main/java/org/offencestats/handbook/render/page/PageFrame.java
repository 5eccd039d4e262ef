package org.offencestats.handbook.render.page;

import org.offencestats.handbook.model.Dimension;
import org.offencestats.handbook.paths.Links;
import org.offencestats.handbook.render.view.Views.Link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What every page's layout shows: root prefix, navigation, breadcrumbs, title and description. */
public record PageFrame(String root, String pageTitle, String description, String siteName, String canonical, String feed,
                        List<PageFrame.NavItem> nav, List<Link> breadcrumbs, String about, String methodology, String glossary,
                        String correctionsPage, boolean statusLabel) {

    public record NavItem(String text, String href, boolean current) {
    }


    /** Pages that show figures carry the status label: every page but the editorial ones, search and 404. */
    public static boolean showsFigures(String path) {
        return path.contains("/") || path.equals(Links.home()) || path.equals(Links.data());
    }

    /**
     * The same frame with every link made from another root (e.g. "/handbook/"): the 404 page is served at any depth,
     * so its navigation, footer and feed links, not only its assets, must not be relative to where it was asked for.
     */
    public PageFrame withRoot(String otherRoot) {
        java.util.function.UnaryOperator<String> re = href -> href == null || !href.startsWith(root) || href.contains("://") ? href
                : otherRoot + href.substring(root.length());
        return new PageFrame(otherRoot, pageTitle, description, siteName, canonical, re.apply(feed),
                nav.stream().map(n -> new NavItem(n.text(), re.apply(n.href()), n.current())).toList(),
                breadcrumbs.stream().map(l -> new Link(l.text(), re.apply(l.href()))).toList(), re.apply(about),
                re.apply(methodology), re.apply(glossary), re.apply(correctionsPage), statusLabel);
    }

    public static PageFrame of(org.offencestats.handbook.model.Handbook handbook, String path, String title, String description,
                                  List<Link> trail) {
        String root = Links.rootFrom(path);
        String section = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
        List<NavItem> nav = new ArrayList<>();
        nav.add(new NavItem("Home", root + Links.home(), path.equals(Links.home())));
        nav.add(new NavItem("Disclosures", root + Links.disclosures(), section.equals("disclosures")));
        nav.add(new NavItem("Offences", root + Links.index(Dimension.OFFENCE), section.equals("offences")));
        nav.add(new NavItem("Outcomes", root + Links.index(Dimension.OUTCOME), section.equals("outcomes")));
        nav.add(new NavItem("Platforms", root + Links.index(Dimension.PLATFORM), section.equals("platforms")));
        nav.add(new NavItem("Age bands", root + Links.index(Dimension.AGE_BAND), section.equals("age-bands")));
        nav.add(new NavItem("Periods", root + Links.index(Dimension.PERIOD), section.equals("periods")));
        nav.add(new NavItem("Data", root + Links.data(), path.equals(Links.data())));
        nav.add(new NavItem("About", root + Links.page("about"), path.equals(Links.page("about"))));
        nav.add(new NavItem("Search", root + Links.search(), path.equals(Links.search())));
        List<Link> crumbs = new ArrayList<>();
        if (!path.equals(Links.home())) {
            crumbs.add(new Link("Home", root + Links.home()));
            for (Link l : trail) {
                crumbs.add(new Link(l.text(), root + l.href()));
            }
        }
        return new PageFrame(root, title, description, handbook.settings().title(),
                handbook.settings().absolute(path.equals(Links.home()) ? "" : path),
                handbook.settings().baseUrl() == null ? null : root + "feed.xml", List.copyOf(nav), List.copyOf(crumbs),
                root + Links.page("about"), root + Links.page("methodology"), root + Links.page("glossary"),
                root + Links.corrections(), showsFigures(path));
    }
}
