/// /kiosk/: the attract loop of a hall screen. Not in the menu: it is opened on the
/// screen itself (served, or from a USB stick), and search engines are told to skip it.
extension PageContext {
    func kiosk() -> PageValues {
        let settings = model.config.kiosk
        let title = strings["kiosk"] ?? "Kiosk"
        var values = common(kind: "kiosk", title: title, description: model.config.description)
        let slides = Self.kioskCases(model.cases.map(\.featured), limit: settings.slides)
        values.kiosk = KioskValues(
            title: title, interval: settings.interval, idle: settings.idle, count: slides.count,
            slides: slides.enumerated().map { n, i in kioskSlide(i, number: n + 1) })
        return values
    }

    /// The cases the loop shows, newest first: the featured ones, or every case when none
    /// is featured (a loop of nothing would leave the screen blank), at most `limit`.
    static func kioskCases(_ featured: [Bool], limit: Int) -> [Int] {
        let chosen = featured.indices.filter { featured[$0] }
        return Array((chosen.isEmpty ? Array(featured.indices) : chosen).prefix(limit))
    }

    private func kioskSlide(_ index: Int, number: Int) -> KioskValues.Slide {
        let c = model.cases[index]
        let publicURL = absolute(model.casePath(index))
        return KioskValues.Slide(
            number: number, title: c.title, url: url(model.casePath(index)), summary: c.summary ?? bodies[index].summary,
            year: c.date.year, category: categoryRef(c.category), organization: c.organization, cover: coverValue(index),
            metrics: Array(shown(index).metrics.prefix(3)),
            publicURL: publicURL, qrSVG: publicURL == nil ? nil : shared.qrCodes[index])
    }
}
