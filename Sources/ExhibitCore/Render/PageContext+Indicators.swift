/// The indicator framework's pages: the dashboard's sections per dimension and each
/// organization's scorecard (/scorecards/<organization>/).
extension PageContext {
    /// The dashboard's dimensions: every dimension with at least one reported indicator.
    func indicatorDimensions() -> [DimensionValue] {
        let figures = shared.indicators.get
        return figures.dimensions.filter { !$0.stats.isEmpty }.map { dimension, stats in
            DimensionValue(id: dimension.id, name: dimension.name, indicators: stats.map(indicatorValue))
        }
    }

    func indicatorValue(_ stat: IndicatorFigures.Stat) -> IndicatorValue {
        let i = stat.indicator
        let n = { (v: Double) in NumberFormat.string(v, maxDecimals: 2) }
        let low = n(stat.minimum), high = n(stat.maximum)
        var strip: String?
        if !i.kind.sums && stat.values.count >= 2 {
            let figures = stat.values.map { "\(model.cases[$0.caseIndex].title) \(n($0.value))\(i.unit)" }.joined(separator: "；")
            let description = (strings["distribution_desc"] ?? "Each dot is a case") + "：" + figures
                + "。" + (strings["median"] ?? "Median") + " \(n(stat.median))\(i.unit)"
                + (i.target.map { "，" + (strings["target"] ?? "Target") + " \(n($0))\(i.unit)" } ?? "")
            strip = DotStrip(id: "strip-\(i.id)", title: (strings["distribution"] ?? "Distribution") + "：" + i.name,
                             description: description, values: stat.values.map(\.value), median: stat.median,
                             target: i.target, unit: i.unit).svg()
        }
        return IndicatorValue(
            id: i.id, name: i.name, unit: i.unit, kind: i.kind.rawValue, sums: i.kind.sums,
            cases: stat.values.count, caseTotal: model.cases.count,
            total: stat.total.map(n) ?? "", range: i.kind.sums ? "" : (low == high ? low : "\(low)–\(high)"),
            median: i.kind.sums ? "" : n(stat.median), target: i.target.map(n), better: i.better.rawValue,
            progress: stat.progress.map { Int($0.rounded()) } ?? 0, reaching: stat.reaching,
            leading: stat.leading.map { LeaderValue(title: model.cases[$0.caseIndex].title, url: url(model.casePath($0.caseIndex)), value: n($0.value)) },
            distribution: strip)
    }

    /// The organizations that have a scorecard, by index into `model.organizations`.
    static func scorecardOrganizations(_ model: SiteModel) -> [Int] {
        guard !model.config.indicators.isEmpty else { return [] }
        return model.organizations.indices.filter { o in
            model.organizations[o].cases.contains { i in model.cases[i].metrics.contains { $0.indicator != nil } }
        }
    }

    func scorecardLinks() -> [LinkValue] {
        Self.scorecardOrganizations(model).map {
            LinkValue(name: model.organizations[$0].name, url: url("scorecards/\(model.organizations[$0].slug)/"))
        }
    }

    /// /scorecards/<organization>/: the organization's figure of every indicator the site
    /// reports beside the site's, as paired bars and as tables.
    func scorecard(_ index: Int) -> PageValues {
        let term = model.organizations[index]
        let title = (strings["scorecard"] ?? "Scorecard") + "：" + term.name
        var values = common(kind: "scorecard", title: title, description: model.config.description)
        let site = shared.indicators.get
        let own = IndicatorFigures(cases: model.cases, framework: model.config.indicators, indices: term.cases)
        let n = { (v: Double) in NumberFormat.string(v, maxDecimals: 2) }
        var rows: [ComparisonChart.Row] = []
        let dimensions = site.dimensions.filter { !$0.stats.isEmpty }.map { dimension, stats in
            ScorecardDimension(id: dimension.id, name: dimension.name, rows: stats.map { siteStat in
                let i = siteStat.indicator
                let mine = own.stat(i.id)
                // The chart has the indicators the organization reports; the tables all.
                if let mine {
                    rows.append(ComparisonChart.Row(label: i.name, own: mine.figure, ownDisplay: n(mine.figure) + i.unit,
                                                    site: siteStat.figure, siteDisplay: n(siteStat.figure) + i.unit))
                }
                let share = i.kind.sums ? mine.map { m in siteStat.figure > 0 ? n(m.figure / siteStat.figure * 100) + "%" : "—" } ?? "" : ""
                return ScorecardRow(name: i.name, unit: i.unit, kind: i.kind.rawValue, sums: i.kind.sums,
                                    own: mine.map { n($0.figure) }, ownCases: mine?.values.count ?? 0,
                                    site: n(siteStat.figure), siteCases: siteStat.values.count, share: share,
                                    target: i.target.map(n),
                                    meets: !i.kind.sums && mine != nil && i.target.map { i.reaches(mine!.figure, $0) } == true)
            })
        }
        let siteName = strings["whole_site"] ?? "All cases"
        let chart = ComparisonChart(id: "chart-scorecard", title: title,
                                    description: (strings["scorecard_chart_desc"] ?? "") + " " + rows.map { "\($0.label)：\($0.ownDisplay) / \($0.siteDisplay)" }.joined(separator: "；"),
                                    ownName: term.name, siteName: siteName, rows: rows)
        values.scorecard = ScorecardValues(
            title: title, organization: LinkValue(name: term.name, url: url(TermFolders.organization(term.slug))),
            caseCount: term.cases.count,
            chart: .init(id: chart.id, title: chart.title, description: chart.description, svg: chart.svg()),
            dimensions: dimensions)
        return values
    }
}
