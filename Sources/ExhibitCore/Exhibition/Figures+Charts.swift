/// The dashboard's charts made from the figures. Titles and descriptions are the
/// caller's, because they come from the theme's UI strings in the site's language.
extension Figures {
    /// Cases by category, in site order, zero counts included, each bar in its
    /// category's colour (`cat-1` … `cat-5`, as on cards and badges).
    public func categoryChart(id: String, title: String, description: String) -> BarChart {
        var chart = BarChart(id: id, title: title, description: description,
                             bars: casesByCategory.map { ($0.category.name, Double($0.count), NumberFormat.string(Double($0.count))) })
        chart.barClasses = casesByCategory.indices.map { "cat-\($0 % 5 + 1)" }
        return chart
    }

    /// Cases by year, newest first.
    public func yearChart(id: String, title: String, description: String) -> BarChart {
        BarChart(id: id, title: title, description: description,
                 bars: casesByYear.map { (String($0.year), Double($0.count), NumberFormat.string(Double($0.count))) })
    }

    /// Cases by organization, most first; `limit` keeps a long tail off the chart (the
    /// table can still list all of `casesByOrganization`).
    public func organizationChart(id: String, title: String, description: String, limit: Int = 10) -> BarChart {
        BarChart(id: id, title: title, description: description,
                 bars: casesByOrganization.prefix(limit).map { ($0.name, Double($0.count), NumberFormat.string(Double($0.count))) })
    }
}
