/// /dashboard/: the figures of all cases, as charts with the same numbers as tables.
extension PageContext {
    func dashboard() -> PageValues {
        let title = strings["dashboard"] ?? "Dashboard"
        var values = common(kind: "dashboard", title: title, description: model.config.description)
        let figures = shared.figures.get
        let charts = [
            figures.categoryChart(id: "chart-category", title: strings["chart_by_category"] ?? "Cases by category",
                                  description: strings["chart_by_category_desc"] ?? ""),
            figures.yearChart(id: "chart-year", title: strings["chart_by_year"] ?? "Cases by year",
                              description: strings["chart_by_year_desc"] ?? ""),
            figures.organizationChart(id: "chart-organization", title: strings["chart_by_organization"] ?? "Cases by organization",
                                      description: strings["chart_by_organization_desc"] ?? ""),
        ]
        // The figures of indicators are in their dimension's section, not twice on the page.
        let free = figures.metrics.filter { $0.indicator == nil }
        values.dashboard = DashboardValues(
            title: title,
            figures: SiteFigures(cases: figures.cases, organizations: figures.organizations, partners: figures.partners,
                                 categories: model.config.categories.count),
            charts: charts.map { chart in
                DashboardValues.Chart(id: chart.id, title: chart.title, description: chart.description, svg: chart.svg(),
                                      rows: chart.bars.map { DashboardValues.Row(label: $0.label, value: $0.display) })
            },
            sums: free.filter { $0.leads && $0.total != nil }.map(metricTotalValue),
            rates: free.filter { $0.leads && $0.total == nil }.map(metricTotalValue),
            singles: free.filter { !$0.leads }.map { total in
                let value = metricTotalValue(total)
                let c = model.cases[total.firstCase]
                return DashboardValues.Single(label: value.label, value: value.value, unit: value.unit,
                                              case: DashboardValues.CaseLink(title: c.title, url: url(model.casePath(total.firstCase))))
            },
            dimensions: indicatorDimensions(),
            scorecards: scorecardLinks(),
            mapURL: Self.hasMap(model) ? url("map/") : nil,
            downloads: DashboardValues.Downloads(json: url("data/cases.json"), csv: url("data/metrics.csv"),
                                                 indicators: model.config.indicators.isEmpty ? nil : url("data/indicators.csv")))
        return values
    }

    func metricTotalValue(_ total: MetricTotal) -> MetricTotalValue {
        // A sum of money reads in 万 or 亿 (11.6 亿元); a rate's range stays as written.
        let (value, unit) = total.total.flatMap { MoneyScale.scaled($0, unit: total.unit) } ?? (total.displayValue, total.unit)
        return MetricTotalValue(label: total.label, unit: unit, value: value, cases: total.cases)
    }

    /// The largest summed figures, for the home page's hero.
    func headline() -> [MetricTotalValue] {
        shared.figures.get.headline.map(metricTotalValue)
    }
}
