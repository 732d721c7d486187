import ExhibitCore
import Foundation
import Synchronization

/// Shows a build's progress on standard error, once it has taken longer than `delay`:
/// on a terminal one line redrawn in place (`[4/6] markdown 640/1000`), when piped one
/// plain line per stage; quick builds show nothing. The core only reports
/// `BuildProgress`; every terminal detail lives here.
final class ProgressDisplay: Sendable {
    enum Style: Sendable { case terminal, lines }

    private struct State {
        var lastDraw = Date.distantPast
        var lastStage = 0
        var drawn = false
    }

    let style: Style
    let delay: Double
    private let start = Date()
    private let state = Mutex(State())

    init(style: Style, delay: Double = 1.0) {
        self.style = style
        self.delay = delay
    }

    /// For standard error as it is: a terminal or a pipe. `EXHIBIT_PROGRESS_DELAY`
    /// (seconds) overrides the one-second delay, for tests.
    static func forStandardError() -> ProgressDisplay {
        let delay = ProcessInfo.processInfo.environment["EXHIBIT_PROGRESS_DELAY"].flatMap(Double.init) ?? 1.0
        return ProgressDisplay(style: isatty(STDERR_FILENO) == 1 ? .terminal : .lines, delay: delay)
    }

    /// The callback to put in `BuildOptions.progress`.
    var callback: @Sendable (BuildProgress) -> Void {
        { [self] progress in show(progress) }
    }

    func show(_ progress: BuildProgress) {
        let now = Date()
        guard now.timeIntervalSince(start) >= delay else { return }
        // Written under the lock, so that two threads never interleave their lines.
        state.withLock { state in
            guard let text = line(for: progress, now: now, state: &state) else { return }
            FileHandle.standardError.write(Data(text.utf8))
        }
    }

    /// The text to write for `progress`, nil when nothing changes on screen.
    private func line(for progress: BuildProgress, now: Date, state: inout State) -> String? {
        let newStage = progress.number != state.lastStage
        switch style {
        case .lines:
            guard newStage else { return nil }
            state.lastStage = progress.number
            let items = progress.total > 0 ? " (\(progress.total))" : ""
            return "[\(progress.number)/\(progress.count)] \(progress.stage)\(items)\n"
        case .terminal:
            // Redraw at most ten times a second, and whenever a stage begins.
            guard newStage || now.timeIntervalSince(state.lastDraw) >= 0.1 else { return nil }
            state.lastStage = progress.number
            state.lastDraw = now
            state.drawn = true
            let items = progress.total > 0 ? " \(progress.done)/\(progress.total)" : ""
            return "\r\u{1B}[2K[\(progress.number)/\(progress.count)] \(progress.stage)\(items)"
        }
    }

    /// Clears the progress line on a terminal, so messages start on a clean line.
    func finish() {
        let drawn = state.withLock { state in
            defer { state.drawn = false }
            return state.drawn
        }
        if drawn && style == .terminal { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
    }
}
